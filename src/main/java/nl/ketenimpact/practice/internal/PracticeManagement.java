package nl.ketenimpact.practice.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.OrganisationManagement;
import nl.ketenimpact.organisation.OrganisationView;
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
import nl.ketenimpact.shared.NotFound;
import nl.ketenimpact.shared.Page;
import nl.ketenimpact.shared.Refused;
import nl.ketenimpact.signal.SignalStatistics;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing, finding, ranking and copying practices. A coordinator publishes from a project of their
 * own corporation; the results are the project's figures at that moment (signal figures as anonymous
 * statistics, small numbers left out). Copying into a project needs its coordinator or project lead and
 * creates drafts only.
 */
@Service
public class PracticeManagement {

	private static final Map<Theme, OpportunityType> OPPORTUNITY_FOR_THEME = Map.of(Theme.TENANT_ACTIVATION, OpportunityType.SELF_WORK,
			Theme.WORK_EXPERIENCE, OpportunityType.WORK_EXPERIENCE, Theme.INTERNSHIP, OpportunityType.INTERNSHIP, Theme.YOUTH_OUTREACH,
			OpportunityType.EXCURSION, Theme.LIVEABILITY, OpportunityType.LIVEABILITY);

	private final JdbcClient jdbc;

	private final ProjectManagement projects;

	private final OrganisationManagement organisations;

	private final CommitmentManagement commitments;

	private final OpportunityManagement opportunities;

	private final SignalStatistics signals;

	private final AuditLog audit;

	private final nl.ketenimpact.participation.ActivityManagement activities;

	PracticeManagement(JdbcClient jdbc, ProjectManagement projects, OrganisationManagement organisations, CommitmentManagement commitments,
			OpportunityManagement opportunities, SignalStatistics signals, AuditLog audit, nl.ketenimpact.participation.ActivityManagement activities) {
		this.activities = activities;
		this.jdbc = jdbc;
		this.projects = projects;
		this.organisations = organisations;
		this.commitments = commitments;
		this.opportunities = opportunities;
		this.signals = signals;
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

	private static final String SELECT = """
			select id, corporation_id, project_id, municipality, title, themes, summary, steps, partners_involved, hours, budget_eur, contact, visibility,
			       published_at from practice pr""";

	private static final String VISIBLE = " (pr.visibility = 'PLATFORM' or pr.corporation_id = :org)";

	private record Row(UUID id, UUID corporationId, UUID projectId, String municipality, String title, Set<Theme> themes, String summary, String steps,
			String partnersInvolved, BigDecimal hours, BigDecimal budgetEur, String contact, Visibility visibility, OffsetDateTime publishedAt) {
	}

	private static Row map(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getObject("corporation_id", UUID.class), rs.getObject("project_id", UUID.class),
				rs.getString("municipality"), rs.getString("title"),
				Arrays.stream(rs.getString("themes").split(",")).map(Theme::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Theme.class))),
				rs.getString("summary"), rs.getString("steps"), rs.getString("partners_involved"), rs.getBigDecimal("hours"), rs.getBigDecimal("budget_eur"),
				rs.getString("contact"), Visibility.valueOf(rs.getString("visibility")), rs.getObject("published_at", OffsetDateTime.class));
	}

	private static void requireReader(CurrentUser user) {
		if (user.roles().isEmpty() || (user.has(Role.RESIDENT) && user.roles().size() == 1)) {
			throw new Refused("access.denied");
		}
	}

	/** Practices the user may see, filtered, ranked by score (unscored last). Bounded: the library holds hundreds, not millions. */
	@Transactional(readOnly = true)
	public List<PracticeView> search(CurrentUser user, Theme theme, String text, String municipality, ResultKind result) {
		requireReader(user);
		StringBuilder where = new StringBuilder(" where" + VISIBLE);
		Map<String, Object> params = new HashMap<>();
		params.put("org", user.organisationId());
		if (theme != null) {
			where.append(" and (',' || pr.themes || ',') like :theme");
			params.put("theme", "%," + theme.name() + ",%");
		}
		String prefix = prefixQuery(text);
		if (prefix != null) {
			where.append(" and (pr.search @@ websearch_to_tsquery('dutch', :q) or pr.search @@ to_tsquery('simple', :prefix))");
			params.put("q", text.strip());
			params.put("prefix", prefix);
		}
		if (municipality != null && !municipality.isBlank()) {
			where.append(" and lower(pr.municipality) = lower(:m)");
			params.put("m", municipality.strip());
		}
		if (result != null) {
			where.append(" and exists (select 1 from practice_result r where r.practice_id = pr.id and r.kind = :kind)");
			params.put("kind", result.name());
		}
		List<Row> rows = jdbc.sql(SELECT + where + " order by pr.published_at desc limit 500").params(params).query(PracticeManagement::map).list();
		return views(user, rows).stream().sorted(Ranking.byScore(PracticeView::score)).toList();
	}

	/** "stage jeugd" becomes "stage:* & jeugd:*": every word, as a prefix; letters and digits only, so nothing can break the query. */
	static String prefixQuery(String text) {
		if (text == null) {
			return null;
		}
		List<String> words = Arrays.stream(text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isBlank()).limit(10)
			.map(w -> w + ":*").toList();
		return words.isEmpty() ? null : String.join(" & ", words);
	}

	@Transactional(readOnly = true)
	public PracticeView get(CurrentUser user, UUID id) {
		requireReader(user);
		Row row = jdbc.sql(SELECT + " where pr.id = :id and" + VISIBLE).param("id", id).param("org", user.organisationId())
			.query(PracticeManagement::map).optional().orElseThrow(() -> new NotFound("practice"));
		return views(user, List.of(row)).get(0);
	}

	private List<PracticeView> views(CurrentUser user, List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<UUID> ids = rows.stream().map(Row::id).toList();
		Map<UUID, List<PracticeResult>> results = new HashMap<>();
		jdbc.sql("select practice_id, kind, value, per_value from practice_result where practice_id in (:ids) order by position")
			.param("ids", ids)
			.query((rs, n) -> results.computeIfAbsent(rs.getObject("practice_id", UUID.class), k -> new ArrayList<>())
				.add(new PracticeResult(ResultKind.valueOf(rs.getString("kind")), rs.getBigDecimal("value"), rs.getBigDecimal("per_value"))))
			.list();
		Map<UUID, List<PracticeView.Template>> templates = new HashMap<>();
		jdbc.sql("select practice_id, kind, title, description from practice_template where practice_id in (:ids) order by kind, title")
			.param("ids", ids)
			.query((rs, n) -> templates.computeIfAbsent(rs.getObject("practice_id", UUID.class), k -> new ArrayList<>())
				.add(new PracticeView.Template(rs.getString("kind"), rs.getString("title"), rs.getString("description"))))
			.list();
		Map<UUID, Long> copies = new HashMap<>();
		Map<UUID, List<UUID>> named = new HashMap<>();
		jdbc.sql("select practice_id, corporation_id, show_name from practice_copy where practice_id in (:ids) order by copied_at")
			.param("ids", ids)
			.query((rs, n) -> {
				UUID practice = rs.getObject("practice_id", UUID.class);
				copies.merge(practice, 1L, Long::sum);
				if (rs.getBoolean("show_name")) {
					named.computeIfAbsent(practice, k -> new ArrayList<>()).add(rs.getObject("corporation_id", UUID.class));
				}
				return null;
			})
			.list();
		Set<UUID> orgIds = rows.stream().map(Row::corporationId).collect(Collectors.toSet());
		named.values().forEach(orgIds::addAll);
		Map<UUID, OrganisationView> names = organisations.byIds(orgIds);
		return rows.stream().map(r -> {
			List<PracticeResult> own = results.getOrDefault(r.id(), List.of());
			return new PracticeView(r.id(), r.corporationId(), name(names, r.corporationId()), r.projectId(), r.municipality(), r.title(), r.themes(),
					r.summary(), r.steps(), r.partnersInvolved(), r.hours(), r.budgetEur(), r.contact(), r.visibility(), r.publishedAt(), own,
					Ranking.score(own), copies.getOrDefault(r.id(), 0L),
					named.getOrDefault(r.id(), List.of()).stream().distinct().map(o -> name(names, o)).toList(), templates.getOrDefault(r.id(), List.of()));
		}).toList();
	}

	private static String name(Map<UUID, OrganisationView> names, UUID id) {
		return names.containsKey(id) ? names.get(id).name() : "?";
	}
}
