package nl.ketenimpact.practice.internal;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.participation.OpportunityManagement;
import nl.ketenimpact.participation.OpportunityType;
import nl.ketenimpact.participation.OpportunityView;
import nl.ketenimpact.plan.CommitmentManagement;
import nl.ketenimpact.plan.CommitmentStatus;
import nl.ketenimpact.plan.CommitmentView;
import nl.ketenimpact.plan.Theme;
import nl.ketenimpact.project.ProjectAccess;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.shared.AuditLog;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.Page;
import nl.ketenimpact.shared.Refused;
import nl.ketenimpact.signal.SignalStatistics;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing a practice: a coordinator publishes from a project of their own corporation; the results are the
 * project's figures at that moment (signal figures as anonymous statistics, small numbers left out), and its plan
 * items become the templates that others copy.
 */
@Service
public class PracticePublishing {

	private static final Map<Theme, OpportunityType> OPPORTUNITY_FOR_THEME = Map.of(Theme.TENANT_ACTIVATION, OpportunityType.SELF_WORK,
			Theme.WORK_EXPERIENCE, OpportunityType.WORK_EXPERIENCE, Theme.INTERNSHIP, OpportunityType.INTERNSHIP, Theme.YOUTH_OUTREACH,
			OpportunityType.EXCURSION, Theme.LIVEABILITY, OpportunityType.LIVEABILITY);

	private final JdbcClient jdbc;

	private final ProjectManagement projects;

	private final CommitmentManagement commitments;

	private final OpportunityManagement opportunities;

	private final SignalStatistics signals;

	private final nl.ketenimpact.participation.ActivityManagement activities;

	private final AuditLog audit;

	PracticePublishing(JdbcClient jdbc, ProjectManagement projects, CommitmentManagement commitments, OpportunityManagement opportunities,
			SignalStatistics signals, nl.ketenimpact.participation.ActivityManagement activities, AuditLog audit) {
		this.jdbc = jdbc;
		this.projects = projects;
		this.commitments = commitments;
		this.opportunities = opportunities;
		this.signals = signals;
		this.activities = activities;
		this.audit = audit;
	}

	/** The results the records of a project can give, for the publish form; kinds without data are left out. */
	@Transactional(readOnly = true)
	public Map<ResultKind, PracticeResult> available(CurrentUser user, UUID projectId) {
		ProjectAccess access = requirePublisher(user, projectId);
		var f = opportunities.figures(user, access.project().id());
		var s = signals.project(user, projectId);
		Map<ResultKind, PracticeResult> results = new LinkedHashMap<>();
		put(results, ResultKind.INTERNS_HIRED, f.internshipsHired(), f.internships());
		if (f.jobGuaranteeRate() != null) {
			put(results, ResultKind.JOB_GUARANTEE_RATE, f.jobGuaranteeRate(), null);
		}
		put(results, ResultKind.WORK_EXPERIENCE_SUCCESSFUL, f.workExperienceSuccessful(), f.workExperience());
		put(results, ResultKind.SELF_WORK_RESIDENTS, f.selfWorkResidentsPaid(), null);
		if (f.selfWorkPaidEur().signum() > 0) {
			results.put(ResultKind.SELF_WORK_PAID_EUR, new PracticeResult(ResultKind.SELF_WORK_PAID_EUR, f.selfWorkPaidEur(), null));
		}
		put(results, ResultKind.ACTIVITY_PARTICIPANTS, f.activityParticipants(), f.activities());
		put(results, ResultKind.CHILDREN_REACHED, f.childrenReached(), null);
		// Signal figures as the anonymous statistics show them outside the social team: hidden small numbers stay out.
		if (!s.total().hidden() && s.total().count() > 0) {
			put(results, ResultKind.SIGNALS_RAISED, s.total().count(), null);
		}
		if (!s.triagedInTime().hidden() && !s.triaged().hidden() && s.triaged().count() > 0) {
			put(results, ResultKind.SIGNALS_IN_TIME, s.triagedInTime().count(), s.triaged().count());
		}
		return results;
	}

	private static void put(Map<ResultKind, PracticeResult> results, ResultKind kind, long value, Long per) {
		if (value > 0 || (per != null && per > 0)) {
			results.put(kind, new PracticeResult(kind, BigDecimal.valueOf(value), per == null ? null : BigDecimal.valueOf(per)));
		}
	}

	private ProjectAccess requirePublisher(CurrentUser user, UUID projectId) {
		ProjectAccess access = projects.access(user, projectId);
		if (!access.corporationStaff() || !user.has(Role.COORDINATOR)) {
			throw new Refused("practice.publish.refused");
		}
		return access;
	}

	@Transactional
	public UUID publish(CurrentUser user, PracticeInput input) {
		ProjectAccess access = requirePublisher(user, input.projectId());
		Map<ResultKind, PracticeResult> available = available(user, input.projectId());
		Set<ResultKind> chosen = input.results() == null ? Set.of() : input.results();
		if (!available.keySet().containsAll(chosen)) {
			throw new InvalidInput("results", "practice.results.unavailable");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into practice (id, corporation_id, project_id, municipality, title, themes, summary, steps, partners_involved, hours, budget_eur,
				                      contact, visibility, published_by)
				values (:id, :corp, :p, :m, :title, :themes, :summary, :steps, :partners, :hours, :budget, :contact, :vis, :u)""")
			.param("id", id).param("corp", access.project().corporationId()).param("p", input.projectId()).param("m", access.project().municipality())
			.param("title", input.title().strip()).param("themes", input.themes().stream().sorted().map(Enum::name).collect(Collectors.joining(",")))
			.param("summary", input.summary().strip()).param("steps", input.steps().strip())
			.param("partners", input.partnersInvolved() == null || input.partnersInvolved().isBlank() ? null : input.partnersInvolved().strip())
			.param("hours", input.hours()).param("budget", input.budgetEur()).param("contact", input.contact().strip())
			.param("vis", input.visibility().name()).param("u", user.id()).update();
		int position = 0;
		for (ResultKind kind : ResultKind.values()) {
			if (chosen.contains(kind)) {
				PracticeResult result = available.get(kind);
				jdbc.sql("insert into practice_result (id, practice_id, kind, value, per_value, position) values (:id, :p, :k, :v, :per, :pos)")
					.param("id", UUID.randomUUID()).param("p", id).param("k", kind.name()).param("v", result.value()).param("per", result.per())
					.param("pos", position++).update();
			}
		}
		for (CommitmentView c : commitments.plan(access)) {
			if (c.status() == CommitmentStatus.ACCEPTED && input.themes().contains(c.theme())) {
				template(id, "COMMITMENT", c.theme().name(), c.metric().name(), c.target(), null, c.description(), c.description(), null, false, null);
			}
		}
		Set<OpportunityType> types = input.themes().stream().map(OPPORTUNITY_FOR_THEME::get).filter(java.util.Objects::nonNull)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(OpportunityType.class)));
		for (OpportunityView o : opportunities.list(user, input.projectId(), 0, Page.MAX_SIZE).items()) {
			if (types.contains(o.type())) {
				template(id, "OPPORTUNITY", null, null, null, o.type().name(), o.title(), o.description(), o.places(), o.jobGuarantee(),
						o.jobGuaranteeCondition());
			}
		}
		// Activities held in the project for the practice's themes (a clean-up day, a site excursion) come along too, once each.
		Set<nl.ketenimpact.participation.ActivityType> activityTypes = input.themes().stream().flatMap(t -> ACTIVITIES_FOR_THEME.getOrDefault(t, Set.of())
			.stream()).collect(Collectors.toSet());
		Set<String> seen = new java.util.HashSet<>();
		for (var a : activities.list(user, input.projectId(), 0, Page.MAX_SIZE).items()) {
			if (!a.planned() && activityTypes.contains(a.type()) && seen.add(a.type() + "/" + a.title()) && seen.size() <= 5) {
				activityTemplate(id, a.type(), a.title());
			}
		}
		audit.record(user.id(), "PRACTICE_PUBLISHED", "practice", id, input.visibility().name());
		return id;
	}

	private static final Map<Theme, Set<nl.ketenimpact.participation.ActivityType>> ACTIVITIES_FOR_THEME = Map.of(
			Theme.LIVEABILITY, Set.of(nl.ketenimpact.participation.ActivityType.CLEAN_UP_DAY, nl.ketenimpact.participation.ActivityType.NEIGHBOURHOOD_PARTY,
					nl.ketenimpact.participation.ActivityType.SPORTS),
			Theme.YOUTH_OUTREACH, Set.of(nl.ketenimpact.participation.ActivityType.SITE_EXCURSION));

	/** An activity the practice brings along: copied into a project as a planned activity of this type. */
	void activityTemplate(UUID practice, nl.ketenimpact.participation.ActivityType type, String title) {
		jdbc.sql("""
				insert into practice_template (id, practice_id, kind, activity_type, title, description)
				values (:id, :p, 'ACTIVITY', :type, :title, :title)""")
			.param("id", UUID.randomUUID()).param("p", practice).param("type", type.name())
			.param("title", title.length() > 160 ? title.substring(0, 160) : title).update();
	}

	private void template(UUID practice, String kind, String theme, String metric, BigDecimal target, String type, String title, String description,
			Integer places, boolean guarantee, String condition) {
		jdbc.sql("""
				insert into practice_template (id, practice_id, kind, theme, metric, target, opportunity_type, title, description, places, job_guarantee,
				                               job_guarantee_condition)
				values (:id, :p, :kind, :theme, :metric, :target, :type, :title, :description, :places, :g, :c)""")
			.param("id", UUID.randomUUID()).param("p", practice).param("kind", kind).param("theme", theme).param("metric", metric).param("target", target)
			.param("type", type).param("title", title.length() > 160 ? title.substring(0, 160) : title).param("description", description)
			.param("places", places).param("g", guarantee).param("c", condition).update();
	}

	// --- finding ---------------------------------------------------------------------------------
}
