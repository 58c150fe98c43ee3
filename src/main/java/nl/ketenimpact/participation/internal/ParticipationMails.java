package nl.ketenimpact.participation.internal;

import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;

import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.organisation.UserManagement;
import nl.ketenimpact.participation.ApplicationDecided;
import nl.ketenimpact.participation.ApplicationReceived;
import nl.ketenimpact.participation.SelfWorkReadyForInspection;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.shared.DutchDate;
import nl.ketenimpact.shared.Outbox;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The mails that follow participation events, in the recipient's language. Each runs after the event's transaction
 * committed, in a transaction of its own; the event publication registry keeps the event until this has run, so a
 * crash in between sends the mail at the next start instead of never.
 */
@Component
class ParticipationMails {

	private final JdbcClient jdbc;

	private final UserManagement users;

	private final ProjectManagement projects;

	private final nl.ketenimpact.organisation.OrganisationManagement organisations;

	private final Outbox outbox;

	ParticipationMails(JdbcClient jdbc, UserManagement users, ProjectManagement projects, nl.ketenimpact.organisation.OrganisationManagement organisations,
			Outbox outbox) {
		this.jdbc = jdbc;
		this.users = users;
		this.projects = projects;
		this.organisations = organisations;
		this.outbox = outbox;
	}

	private record Opportunity(String title, String offeredByName) {
	}

	@ApplicationModuleListener
	void on(ApplicationReceived event) {
		Opportunity opportunity = opportunity(event.opportunityId());
		users.usernameOf(event.applicantId()).ifPresent(to -> outbox.send(to, users.localeOf(event.applicantId()), "applicationReceived", false,
				opportunity.title(), opportunity.offeredByName()));
	}

	@ApplicationModuleListener
	void on(ApplicationDecided event) {
		Opportunity opportunity = opportunity(event.opportunityId());
		Locale locale = users.localeOf(event.applicantId());
		users.usernameOf(event.applicantId()).ifPresent(to -> {
			if (event.accepted()) {
				record Start(java.time.LocalDate startDate, String mentor) {
				}
				Start start = jdbc.sql("select start_date, mentor from placement where id = :id").param("id", event.placementId()).query(Start.class).single();
				outbox.send(to, locale, "applicationAccepted", false, opportunity.title(), DutchDate.format(start.startDate()), start.mentor());
			}
			else {
				String reason = jdbc.sql("select decision_reason from application where id = :id").param("id", event.applicationId())
					.query(String.class).single();
				outbox.send(to, locale, "applicationDeclined", false, opportunity.title(), reason);
			}
		});
	}

	@ApplicationModuleListener
	void on(SelfWorkReadyForInspection event) {
		String title = jdbc.sql("select title from self_work_task where id = :id").param("id", event.taskId()).query(String.class).single();
		UUID corporation = projects.corporationOf(event.projectId());
		for (UUID lead : users.activeWithRoles(corporation, EnumSet.of(Role.PROJECT_LEAD))) {
			users.usernameOf(lead).ifPresent(to -> outbox.send(to, users.localeOf(lead), "selfWorkReady", false, title));
		}
	}

	private Opportunity opportunity(UUID id) {
		record Row(String title, UUID offeredBy) {
		}
		Row row = jdbc.sql("select title, offered_by from opportunity where id = :id").param("id", id).query(Row.class).single();
		return new Opportunity(row.title(), organisations.get(row.offeredBy()).name());
	}
}
