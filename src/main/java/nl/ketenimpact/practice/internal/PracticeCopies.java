package nl.ketenimpact.practice.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.participation.OpportunityInput;
import nl.ketenimpact.participation.OpportunityManagement;
import nl.ketenimpact.participation.OpportunityType;
import nl.ketenimpact.plan.CommitmentInput;
import nl.ketenimpact.plan.CommitmentManagement;
import nl.ketenimpact.plan.Metric;
import nl.ketenimpact.plan.Theme;
import nl.ketenimpact.project.ProjectAccess;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.shared.AuditLog;
import nl.ketenimpact.shared.Conflict;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.Page;
import nl.ketenimpact.shared.Refused;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import nl.ketenimpact.practice.PracticeCopied;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Copying a practice into a project of one's own corporation: its commitments and opportunities as drafts, its
 * activities as planned, never twice without the user's confirmation; the copy is counted and {@link PracticeCopied}.
 */
@Service
public class PracticeCopies {

	private final JdbcClient jdbc;

	private final PracticeManagement practices;

	private final ProjectManagement projects;

	private final CommitmentManagement commitments;

	private final OpportunityManagement opportunities;

	private final nl.ketenimpact.participation.ActivityManagement activities;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	PracticeCopies(JdbcClient jdbc, PracticeManagement practices, ProjectManagement projects, CommitmentManagement commitments,
			OpportunityManagement opportunities, nl.ketenimpact.participation.ActivityManagement activities, ApplicationEventPublisher events,
			AuditLog audit) {
		this.jdbc = jdbc;
		this.practices = practices;
		this.projects = projects;
		this.commitments = commitments;
		this.opportunities = opportunities;
		this.activities = activities;
		this.events = events;
		this.audit = audit;
	}

	/** What a copy created, all as drafts: commitments, opportunities, and activities planned (to record once held). */
	public record CopyResult(UUID practiceId, UUID projectId, List<UUID> commitmentIds, List<UUID> opportunityIds, List<UUID> activityIds) {
	}

	/** Creates the practice's commitments and opportunities as drafts in a project the user plans; counts the copy. */
	@Transactional
	public CopyResult copy(CurrentUser user, UUID practiceId, UUID projectId, boolean showName, boolean again) {
		PracticeView practice = practices.get(user, practiceId);
		if (projectId == null) {
			throw new InvalidInput("projectId", "validation.required");
		}
		ProjectAccess access = projects.access(user, projectId);
		if (!access.plansForCorporation()) {
			throw new Refused("practice.copy.refused");
		}
		if (practice.templates().isEmpty()) {
			throw new Conflict("practice.copy.nothing");
		}
		if (access.project().status() == nl.ketenimpact.project.ProjectStatus.COMPLETED) {
			throw new Conflict("practice.copy.completed", access.project().name());
		}
		// A second copy into the same project doubles its plan items: only when the user says so, after the warning.
		if (!again && copiedInto(practiceId, projectId)) {
			throw new AlreadyCopied(access.project().name());
		}
		record Template(String kind, Theme theme, Metric metric, BigDecimal target, OpportunityType type, String title, String description,
				Integer places, boolean jobGuarantee, String jobGuaranteeCondition, nl.ketenimpact.participation.ActivityType activityType) {
		}
		List<Template> templates = jdbc.sql("""
				select kind, theme, metric, target, opportunity_type as type, title, description, places, job_guarantee, job_guarantee_condition,
				       activity_type
				from practice_template where practice_id = :p order by kind, title""")
			.param("p", practiceId).query(Template.class).list();
		List<UUID> commitmentIds = new ArrayList<>();
		List<UUID> opportunityIds = new ArrayList<>();
		List<UUID> activityIds = new ArrayList<>();
		java.time.LocalDate start = access.project().startDate() != null ? access.project().startDate() : java.time.LocalDate.now();
		for (Template t : templates) {
			if (t.kind().equals("COMMITMENT")) {
				commitmentIds.add(commitments.draft(access, new CommitmentInput(null, t.theme(), t.description(), t.metric(), t.target(), null)));
			}
			else if (t.kind().equals("ACTIVITY")) {
				activityIds.add(activities.plan(user, projectId, t.activityType(), t.title(), start));
			}
			else {
				opportunityIds.add(opportunities.draft(user, projectId, new OpportunityInput(t.type(), t.title(), t.description(),
						t.places() == null ? 1 : t.places(), start, access.project().endDate(), null, null, t.jobGuarantee(),
						t.jobGuarantee() ? (t.jobGuaranteeCondition() == null ? "Zoals in het praktijkvoorbeeld" : t.jobGuaranteeCondition()) : null)));
			}
		}
		jdbc.sql("insert into practice_copy (id, practice_id, corporation_id, project_id, copied_by, show_name) values (:id, :p, :c, :proj, :u, :show)")
			.param("id", UUID.randomUUID()).param("p", practiceId).param("c", user.organisationId()).param("proj", projectId).param("u", user.id())
			.param("show", showName).update();
		events.publishEvent(new PracticeCopied(practiceId, practice.corporationId(), projectId, user.organisationId()));
		audit.record(user.id(), "PRACTICE_COPIED", "practice", practiceId, "project=" + projectId);
		return new CopyResult(practiceId, projectId, commitmentIds, opportunityIds, activityIds);
	}

	/** The practice was copied into the project before; copying again needs the user's confirmation ({@code again}). */
	public static class AlreadyCopied extends Conflict {

		public AlreadyCopied(String projectName) {
			super("practice.copy.again", projectName);
		}
	}

	private boolean copiedInto(UUID practiceId, UUID projectId) {
		return jdbc.sql("select exists (select 1 from practice_copy where practice_id = :p and project_id = :proj)")
			.param("p", practiceId).param("proj", projectId).query(Boolean.class).single();
	}

	/** Projects the user can copy into (those they plan for). */
	@Transactional(readOnly = true)
	public List<nl.ketenimpact.project.ProjectView> copyTargets(CurrentUser user) {
		if (!(user.has(Role.COORDINATOR) || user.has(Role.PROJECT_LEAD)) || !user.isCorporationStaff()) {
			return List.of();
		}
		return projects.visibleProjects(user, 0, Page.MAX_SIZE).items().stream()
			.filter(p -> p.corporationId().equals(user.organisationId()) && p.status() != nl.ketenimpact.project.ProjectStatus.COMPLETED).toList();
	}
}
