package nl.ketenimpact.privacy;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import nl.ketenimpact.IntegrationTestSupport;
import nl.ketenimpact.organisation.OrganisationTestData;
import nl.ketenimpact.organisation.OrganisationType;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.project.ProjectTestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The nightly retention: records just past their period go (or lose their personal data), those just inside stay;
 * once per day across instances; with the clock moved on, what has since passed its period goes too. The log and the
 * job's record hold counts only.
 */
class RetentionTests extends IntegrationTestSupport {

	@Autowired
	RetentionJob retention;

	@Test
	void whatIsPastItsPeriodGoesWhatIsInsideStaysAndAMovedClockTakesTheNext() throws Exception {
		OrganisationTestData people = OrganisationTestData.in(context);
		UUID corporation = people.organisation("Bewaren Wonen", OrganisationType.HOUSING_CORPORATION);
		String lead = "lead@bewaren.test";
		UUID leadId = people.user(lead, corporation, Role.PROJECT_LEAD);
		UUID tenant = people.user("huurder@bewaren.test", corporation, Role.RESIDENT);
		ProjectTestData data = ProjectTestData.in(context);
		UUID project = data.runningProject(user(lead), "Bewaren Oost", today().minusYears(9), today().plusDays(100));
		UUID dwelling = data.dwelling(user(lead), project, "0344010000998001", "Bewaarweg", 1);
		UUID other = data.dwelling(user(lead), project, "0344010000998002", "Bewaarweg", 2);
		OffsetDateTime now = OffsetDateTime.now(clock);

		UUID oldPayment = payment(project, corporation, tenant, leadId, now.minusYears(7).minusDays(3));
		UUID keptPayment = payment(project, corporation, tenant, leadId, now.minusYears(7).plusDays(3));
		UUID opportunity = UUID.randomUUID();
		jdbc.sql("""
				insert into opportunity (id, project_id, offered_by, type, title, description, places, start_date, status, created_by)
				values (:id, :p, :o, 'WORK_EXPERIENCE', 'Bewaarplek', 'b', 1, :d, 'DRAFT', :by)""")
			.param("id", opportunity).param("p", project).param("o", corporation).param("d", today().minusYears(4)).param("by", leadId).update();
		UUID oldApplication = application(opportunity, tenant, now.minusYears(2).minusDays(3), "Oude motivatie");
		UUID keptApplication = application(opportunity, people.user("buur@bewaren.test", corporation, Role.RESIDENT), now.minusYears(2).plusDays(3),
				"Recente motivatie");
		UUID oldInvitation = invitation(corporation, leadId, now.minusDays(31));
		UUID nextInvitation = invitation(corporation, leadId, now.minusDays(10));
		UUID oldCode = code(dwelling, project, leadId, now.minusDays(31));
		UUID keptCode = code(other, project, leadId, now.minusDays(29));
		UUID oldMail = mail(now.minusDays(31));
		UUID keptMail = mail(now.minusDays(29));
		long oldAudit = audit(now.minusYears(5).minusDays(1));
		long keptAudit = audit(now.minusYears(5).plusDays(1));

		Map<String, Integer> counts = retention.run(now);
		assertThat(counts).containsKeys("applications", "placements", "payments", "invitations", "activationCodes", "auditEntries", "sentMails");
		assertThat(counts.get("payments")).isPositive();
		assertThat(exists("compensation", oldPayment)).isFalse();
		assertThat(exists("compensation", keptPayment)).isTrue();
		assertThat(jdbc.sql("select motivation from application where id = :id").param("id", oldApplication).query(String.class).single()).isEmpty();
		assertThat(jdbc.sql("select motivation from application where id = :id").param("id", keptApplication).query(String.class).single())
			.isEqualTo("Recente motivatie");
		// The application itself stays: it still counts.
		assertThat(exists("application", oldApplication)).isTrue();
		assertThat(exists("invitation", oldInvitation)).isFalse();
		assertThat(exists("invitation", nextInvitation)).isTrue();
		assertThat(exists("activation_code", oldCode)).isFalse();
		assertThat(exists("activation_code", keptCode)).isTrue();
		assertThat(exists("mail_outbox", oldMail)).isFalse();
		assertThat(exists("mail_outbox", keptMail)).isTrue();
		assertThat(jdbc.sql("select count(*) from audit_log where id = :id").param("id", oldAudit).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from audit_log where id = :id").param("id", keptAudit).query(Long.class).single()).isOne();
		// Counts only in the job's record.
		String recorded = jdbc.sql("select result from job_run where job = 'privacy-retention' and period = :d").param("d", now.toLocalDate().toString())
			.query(String.class).single();
		assertThat(recorded).contains("payments=").doesNotContain("motivatie").doesNotContain("bewaren.test");

		// Once a day, whichever instance comes first.
		assertThat(retention.run(now)).isNull();
		// The clock moved 25 days on: the invitation expired 10 days ago is now 35 days past, and goes.
		retention.run(now.plusDays(25));
		assertThat(exists("invitation", nextInvitation)).isFalse();
		assertThat(exists("compensation", keptPayment)).isFalse();
	}

	@Test
	void theAdminSetsTheRetentionFromADayOnAndPaymentsStayAtLeastSevenYears() throws Exception {
		mvc.perform(get("/admin/retention").with(as(COORDINATOR))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/retention").with(as(ADMIN)).with(csrf()).param("validFrom", "2031-01-01").param("participationYears", "3")
			.param("paymentYears", "5").param("invitationDays", "30").param("auditYears", "5"))
			.andExpect(status().isBadRequest()).andExpect(content().string(containsString("Vul een getal in van 7 tot en met 20")));
		assertThat(retention.validOn(java.time.LocalDate.of(2031, 6, 1)).participationYears()).isEqualTo(2);
		mvc.perform(post("/admin/retention").with(as(ADMIN)).with(csrf()).param("validFrom", "2031-01-01").param("participationYears", "3")
			.param("paymentYears", "7").param("invitationDays", "60").param("auditYears", "6")).andExpect(redirectedUrl("/admin/retention"));
		assertThat(retention.validOn(java.time.LocalDate.of(2031, 6, 1)).participationYears()).isEqualTo(3);
		assertThat(retention.validOn(java.time.LocalDate.of(2030, 12, 31)).participationYears()).isEqualTo(2);
		mvc.perform(get("/admin/retention").with(as(ADMIN))).andExpect(status().isOk()).andExpect(content().string(containsString("1-1-2031")));
	}

	private boolean exists(String table, UUID id) {
		return jdbc.sql("select exists (select 1 from " + table + " where id = :id)").param("id", id).query(Boolean.class).single();
	}

	private UUID payment(UUID project, UUID corporation, UUID tenant, UUID by, OffsetDateTime paid) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into compensation (id, project_id, resident_user_id, payer_id, paid_on, amount, hours, kind, age_21_plus, created_by)
				values (:id, :p, :u, :o, :d, 10, 1, 'VOLUNTEER_ALLOWANCE', true, :by)""")
			.param("id", id).param("p", project).param("u", tenant).param("o", corporation).param("d", paid.toLocalDate()).param("by", by).update();
		return id;
	}

	private UUID application(UUID opportunity, UUID applicant, OffsetDateTime decided, String motivation) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into application (id, opportunity_id, applicant_id, motivation, availability, status, decision_reason, decided_at)
				values (:id, :o, :a, :m, 'Maandag', 'DECLINED', 'Vol', :d)""")
			.param("id", id).param("o", opportunity).param("a", applicant).param("m", motivation).param("d", decided).update();
		return id;
	}

	private UUID invitation(UUID organisation, UUID by, OffsetDateTime expired) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into invitation (id, email, organisation_id, roles, token_hash, expires_at, invited_by)
				values (:id, :e, :o, 'FIELD_WORKER', :t, :x, :by)""")
			.param("id", id).param("e", id + "@bewaren.test").param("o", organisation).param("t", id.toString().replace("-", "") + "00000000000000000000000000000000".substring(0, 32))
			.param("x", expired).param("by", by).update();
		return id;
	}

	private UUID code(UUID dwelling, UUID project, UUID by, OffsetDateTime expired) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into activation_code (id, dwelling_id, project_id, code_hash, code, expires_at, created_by)
				values (:id, :d, :p, :h, 'versleuteld', :x, :by)""")
			.param("id", id).param("d", dwelling).param("p", project).param("h", (id.toString().replace("-", "") + id.toString().replace("-", "")).substring(0, 64))
			.param("x", expired).param("by", by).update();
		return id;
	}

	private UUID mail(OffsetDateTime sent) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into mail_outbox (id, to_address, subject, body, created_at, sent_at) values (:id, 'oud@bewaren.test', 's', 'b', :at, :at)")
			.param("id", id).param("at", sent).update();
		return id;
	}

	private long audit(OffsetDateTime at) {
		return jdbc.sql("insert into audit_log (occurred_at, action, subject_type, subject_id) values (:at, 'RETENTION_TEST', 'test', 'x') returning id")
			.param("at", at).query(Long.class).single();
	}
}
