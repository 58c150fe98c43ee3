package nl.ketenimpact.signal.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.OrganisationManagement;
import nl.ketenimpact.organisation.UserManagement;
import nl.ketenimpact.project.DwellingView;
import nl.ketenimpact.project.Dwellings;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.project.ProjectView;
import nl.ketenimpact.signal.Outcome;
import nl.ketenimpact.signal.internal.WorkingDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo zorgsignalen in every state (new, overdue, picked up, referred with consent, closed, closed and
 * purged), backdated so deadlines and retention can be seen. Only with profile {@code demo}, only once.
 */
@Component
@Profile("demo")
@Order(40)
class SignalDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SignalDemoData.class);

	private final JdbcClient jdbc;

	private final UserManagement users;

	private final ProjectManagement projects;

	private final Dwellings dwellings;

	private final OrganisationManagement organisations;

	private final Clock clock;

	SignalDemoData(JdbcClient jdbc, UserManagement users, ProjectManagement projects, Dwellings dwellings, OrganisationManagement organisations, Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.projects = projects;
		this.dwellings = dwellings;
		this.organisations = organisations;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (jdbc.sql("select exists (select 1 from signal)").query(Boolean.class).single()) {
			return;
		}
		CurrentUser reporter = users.activeByUsername("vakman@demo.nl").orElse(null);
		CurrentUser socialWorker = users.activeByUsername("wijkconsulent@demo.nl").orElse(null);
		if (reporter == null || socialWorker == null) {
			return;
		}
		ProjectView lombok = projects.visibleProjects(socialWorker, 0, 10).items().stream()
			.filter(p -> p.name().equals("Verduurzaming Lombok-West")).findFirst().orElse(null);
		if (lombok == null) {
			return;
		}
		var lombokDwellings = dwellings.list(socialWorker, lombok.id(), 0, 20).items();
		UUID welfare = organisations.findByName("Welzijn Wijkkracht").orElseThrow().id();
		OffsetDateTime now = OffsetDateTime.now(clock);

		insert(lombok, reporter, lombokDwellings.get(4), "LONELINESS", "NORMAL",
				"Bewoner zegt dat er al weken niemand langs is geweest; koelkast vrijwel leeg.", "RECEIVED", now.minusHours(3), null);
		insert(lombok, reporter, lombokDwellings.get(7), "FINANCIAL_WORRIES", "URGENT",
				"Stapel ongeopende post met aanmaningen op de keukentafel; bewoner vroeg of de huur omhoog gaat.", "RECEIVED", now.minusDays(6), null);
		UUID picked = insert(lombok, reporter, lombokDwellings.get(9), "NEGLECT", "NORMAL",
				"Badkamer ernstig vervuild, bewoner kon niet zeggen wanneer er voor het laatst is schoongemaakt.", "PICKED_UP", now.minusDays(4), socialWorker);
		contact(picked, socialWorker, now.minusDays(3), "NOT_REACHED", "Twee keer aangebeld, niet thuis. Kaartje achtergelaten.");
		UUID referred = insert(lombok, reporter, lombokDwellings.get(12), "HEALTH,LONELINESS", "URGENT",
				"Bewoner was kortademig bij de trap en vertelde dat ze het huis bijna niet meer uit komt.", "REFERRED", now.minusDays(9), socialWorker);
		contact(referred, socialWorker, now.minusDays(8), "OPEN_TO_HELP", "Gesproken met bewoner; wil graag contact met het welzijnswerk.");
		jdbc.sql("""
				insert into referral (id, signal_id, organisation_id, lawful_basis, explicit_consent, consent_date, referred_by, referred_at)
				values (:id, :s, :org, 'CONSENT', true, :date, :u, :at)""")
			.param("id", UUID.randomUUID()).param("s", referred).param("org", welfare).param("date", LocalDate.now(clock).minusDays(8))
			.param("u", socialWorker.id()).param("at", now.minusDays(8)).update();
		UUID closed = insert(lombok, reporter, lombokDwellings.get(15), "CONFUSION", "NORMAL",
				"Bewoner wist niet welke dag het was en zocht haar sleutels die in de deur zaten.", "CLOSED", now.minusMonths(2), socialWorker);
		jdbc.sql("update signal set closed_at = :at, outcome = :outcome where id = :id").param("outcome", Outcome.ALREADY_KNOWN.name()).param("at", now.minusMonths(2).plusDays(3))
			.param("id", closed).update();
		UUID purged = insert(lombok, reporter, null, "FINANCIAL_WORRIES", "NORMAL", null, "CLOSED", now.minusMonths(15), socialWorker);
		jdbc.sql("update signal set closed_at = :at, outcome = :outcome, purged_at = :purged where id = :id")
			.param("outcome", Outcome.HELP_ACCEPTED.name())
			.param("at", now.minusMonths(14)).param("purged", now.minusMonths(2)).param("id", purged).update();
		ProjectView done = projects.visibleProjects(socialWorker, 0, 10).items().stream()
			.filter(p -> p.name().equals("Renovatie Kanaleneiland-Zuid")).findFirst().orElse(null);
		if (done != null) {
			// The completed project's signals: closed, most picked up in time, for anonymous figures and its practice.
			String[] categories = { "LONELINESS", "FINANCIAL_WORRIES", "CONFUSION", "FINANCIAL_WORRIES,LONELINESS", "NEGLECT", "HEALTH", "LONELINESS" };
			for (int i = 0; i < categories.length; i++) {
				OffsetDateTime created = OffsetDateTime.of(2025, 2 + i, 10, 10, 0, 0, 0, java.time.ZoneOffset.UTC);
				UUID id = insert(done, reporter, null, categories[i], "NORMAL", null, "CLOSED", created, socialWorker);
				jdbc.sql("update signal set closed_at = :at, outcome = :o, purged_at = :purged where id = :id")
					.param("at", created.plusDays(20)).param("o", i % 3 == 0 ? "HELP_ACCEPTED" : i % 3 == 1 ? "ALREADY_KNOWN" : "HELP_DECLINED")
					.param("purged", created.plusMonths(13).isBefore(now) ? created.plusMonths(13) : null).param("id", id).update();
			}
		}
		log.info("Demo zorgsignalen created in every state");
	}

	private UUID insert(ProjectView project, CurrentUser reporter, DwellingView dwelling, String categories, String urgency, String observation,
			String status, OffsetDateTime created, CurrentUser pickedUpBy) {
		UUID id = UUID.randomUUID();
		int days = urgency.equals("NORMAL") ? 3 : 1;
		OffsetDateTime due = WorkingDays.add(created.atZoneSameInstant(ZoneId.of("Europe/Amsterdam")), days).toOffsetDateTime();
		jdbc.sql("""
				insert into signal (id, project_id, corporation_id, dwelling_id, reporter_id, reporter_organisation_id, categories, urgency,
				                    observation, status, created_at, due_at, picked_up_at, picked_up_by)
				values (:id, :p, :corp, :dwelling, :reporter, :org, :categories, :urgency, :observation, :status, :created, :due, :pickedAt, :pickedBy)""")
			.param("id", id).param("p", project.id()).param("corp", project.corporationId())
			.param("dwelling", dwelling == null ? null : dwelling.id()).param("reporter", reporter.id()).param("org", reporter.organisationId())
			.param("categories", categories).param("urgency", urgency).param("observation", observation).param("status", status)
			.param("created", created).param("due", due)
			.param("pickedAt", pickedUpBy == null ? null : created.plusHours(20)).param("pickedBy", pickedUpBy == null ? null : pickedUpBy.id())
			.update();
		return id;
	}

	private void contact(UUID signal, CurrentUser by, OffsetDateTime at, String response, String note) {
		jdbc.sql("insert into signal_contact (id, signal_id, recorded_by, recorded_at, response, note) values (:id, :s, :u, :at, :r, :n)")
			.param("id", UUID.randomUUID()).param("s", signal).param("u", by.id()).param("at", at).param("r", response).param("n", note).update();
	}
}
