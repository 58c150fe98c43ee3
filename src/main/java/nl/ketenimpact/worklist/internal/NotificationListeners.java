package nl.ketenimpact.worklist.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.ketenimpact.impact.ContributionRegistered;
import nl.ketenimpact.organisation.OrganisationManagement;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.organisation.UserManagement;
import nl.ketenimpact.participation.ApplicationDecided;
import nl.ketenimpact.participation.ApplicationReceived;
import nl.ketenimpact.participation.OpportunityManagement;
import nl.ketenimpact.participation.OpportunityOpened;
import nl.ketenimpact.participation.SelfWorkReadyForInspection;
import nl.ketenimpact.plan.PartnerReportApproved;
import nl.ketenimpact.plan.PartnerReportReturned;
import nl.ketenimpact.plan.PartnerReportSubmitted;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.project.Residents;
import nl.ketenimpact.signal.ReferralReportedBack;
import nl.ketenimpact.signal.SignalOverdue;
import nl.ketenimpact.signal.SignalReceived;
import nl.ketenimpact.signal.SignalReferred;
import nl.ketenimpact.worklist.NotificationKind;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Who is told of what: each listener runs after its event's transaction committed, in a transaction of its own, through
 * the event publication registry (a crash in between tells them at the next start; a second delivery tells no one twice).
 * The events carry ids only; a notification names the kind, the project (or organisation) and the page.
 */
@Component
class NotificationListeners {

	private final Notifications notifications;

	private final UserManagement users;

	private final ProjectManagement projects;

	private final OrganisationManagement organisations;

	private final OpportunityManagement opportunities;

	private final Residents residents;

	NotificationListeners(Notifications notifications, UserManagement users, ProjectManagement projects, OrganisationManagement organisations,
			OpportunityManagement opportunities, Residents residents) {
		this.notifications = notifications;
		this.users = users;
		this.projects = projects;
		this.organisations = organisations;
		this.opportunities = opportunities;
		this.residents = residents;
	}

	private String projectName(UUID projectId) {
		return projects.namesOf(List.of(projectId)).get(projectId);
	}

	private void tell(Collection<UUID> recipients, NotificationKind kind, String source, UUID projectId, String place, String url) {
		for (UUID user : recipients) {
			notifications.tell(user, kind, source, projectId, place, url);
		}
	}

	private void tellRoles(UUID organisationId, Set<Role> roles, NotificationKind kind, String source, UUID projectId, String place, String url) {
		tell(users.activeWithRoles(organisationId, roles), kind, source, projectId, place, url);
	}

	@ApplicationModuleListener
	void on(SignalReceived event) {
		tellRoles(event.corporationId(), EnumSet.of(Role.SOCIAL_WORKER), NotificationKind.SIGNAL_RECEIVED, "SignalReceived:" + event.signalId(),
				event.projectId(), projectName(event.projectId()), "/signals/" + event.signalId());
	}

	@ApplicationModuleListener
	void on(SignalOverdue event) {
		tellRoles(event.corporationId(), EnumSet.of(Role.SOCIAL_WORKER, Role.COORDINATOR), NotificationKind.SIGNAL_OVERDUE,
				"SignalOverdue:" + event.signalId(), event.projectId(), projectName(event.projectId()), "/signals");
	}

	@ApplicationModuleListener
	void on(SignalReferred event) {
		tellRoles(event.institutionId(), EnumSet.of(Role.CASE_WORKER), NotificationKind.REFERRAL_RECEIVED,
				"SignalReferred:" + event.signalId() + ":" + event.institutionId(), null, organisations.get(event.corporationId()).name(), "/signals");
	}

	@ApplicationModuleListener
	void on(ReferralReportedBack event) {
		if (event.corporationId() == null) {
			return; // published before the event carried its corporation: the queue shows it
		}
		tellRoles(event.corporationId(), EnumSet.of(Role.SOCIAL_WORKER), NotificationKind.REFERRAL_REPORTED_BACK,
				"ReferralReportedBack:" + event.signalId() + ":" + event.institutionId(), null, organisations.get(event.institutionId()).name(),
				"/signals/" + event.signalId());
	}

	@ApplicationModuleListener
	void on(PartnerReportSubmitted event) {
		tellRoles(projects.corporationOf(event.projectId()), EnumSet.of(Role.COORDINATOR), NotificationKind.REPORT_SUBMITTED,
				"PartnerReportSubmitted:" + event.reportId(), event.projectId(),
				projectName(event.projectId()), "/projects/" + event.projectId() + "/reports");
	}

	@ApplicationModuleListener
	void on(PartnerReportApproved event) {
		tellRoles(event.partnerId(), EnumSet.of(Role.PARTNER_LEAD), NotificationKind.REPORT_REVIEWED, "PartnerReportApproved:" + event.reportId(),
				event.projectId(), projectName(event.projectId()), "/projects/" + event.projectId() + "/reports");
	}

	@ApplicationModuleListener
	void on(PartnerReportReturned event) {
		tellRoles(event.partnerId(), EnumSet.of(Role.PARTNER_LEAD), NotificationKind.REPORT_REVIEWED,
				"PartnerReportReturned:" + event.reportId(), event.projectId(),
				projectName(event.projectId()), "/projects/" + event.projectId() + "/reports");
	}

	@ApplicationModuleListener
	void on(ContributionRegistered event) {
		tellRoles(projects.corporationOf(event.projectId()), EnumSet.of(Role.COORDINATOR), NotificationKind.CONTRIBUTION_REGISTERED,
				"ContributionRegistered:" + event.contributionId(), event.projectId(), projectName(event.projectId()),
				"/projects/" + event.projectId() + "/contributions/" + event.contributionId());
	}

	@ApplicationModuleListener
	void on(ApplicationReceived event) {
		opportunities.reference(event.opportunityId()).ifPresent(opportunity -> {
			String place = projectName(opportunity.projectId());
			notifications.tell(event.applicantId(), NotificationKind.APPLICATION_CONFIRMED, "ApplicationReceived:" + event.applicationId(),
					opportunity.projectId(), place, "/opportunities/" + event.opportunityId());
			boolean corporation = opportunity.offeredBy().equals(projects.corporationOf(opportunity.projectId()));
			tellRoles(opportunity.offeredBy(), corporation ? EnumSet.of(Role.PROJECT_LEAD, Role.COORDINATOR) : EnumSet.of(Role.PARTNER_LEAD),
					NotificationKind.APPLICATION_RECEIVED, "ApplicationReceived:" + event.applicationId(), opportunity.projectId(), place,
					"/opportunities/" + event.opportunityId());
		});
	}

	@ApplicationModuleListener
	void on(ApplicationDecided event) {
		opportunities.reference(event.opportunityId()).ifPresent(opportunity -> notifications.tell(event.applicantId(),
				NotificationKind.APPLICATION_DECIDED, "ApplicationDecided:" + event.applicationId(), opportunity.projectId(),
				projectName(opportunity.projectId()), "/opportunities/" + event.opportunityId()));
	}

	@ApplicationModuleListener
	void on(SelfWorkReadyForInspection event) {
		tellRoles(projects.corporationOf(event.projectId()), EnumSet.of(Role.PROJECT_LEAD), NotificationKind.SELF_WORK_READY,
				"SelfWorkReadyForInspection:" + event.taskId(), event.projectId(),
				projectName(event.projectId()), "/projects/" + event.projectId() + "/self-work");
	}

	@ApplicationModuleListener
	void on(OpportunityOpened event) {
		tell(residents.consentingToOpportunities(event.projectId()), NotificationKind.OPPORTUNITY_OPENED, "OpportunityOpened:" + event.opportunityId(),
				event.projectId(), projectName(event.projectId()), "/opportunities/" + event.opportunityId());
	}

	@ApplicationModuleListener
	void on(nl.ketenimpact.vote.ProposalOpened event) {
		tell(residents.accountsOf(event.dwellingIds()), NotificationKind.VOTE_OPENED, "ProposalOpened:" + event.proposalId(), event.projectId(),
				projectName(event.projectId()), "/proposals/" + event.proposalId());
	}
}
