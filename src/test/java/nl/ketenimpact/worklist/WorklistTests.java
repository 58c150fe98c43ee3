package nl.ketenimpact.worklist;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.ketenimpact.IntegrationTestSupport;
import nl.ketenimpact.organisation.OrganisationTestData;
import nl.ketenimpact.organisation.OrganisationType;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.participation.OpportunityType;
import nl.ketenimpact.participation.ParticipationTestData;
import nl.ketenimpact.plan.Metric;
import nl.ketenimpact.plan.PlanTestData;
import nl.ketenimpact.plan.ReportInput;
import nl.ketenimpact.plan.ReportManagement;
import nl.ketenimpact.plan.Theme;
import nl.ketenimpact.project.ProjectTestData;
import nl.ketenimpact.signal.SignalTestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each role's worklist, by the API and on the start page: with data that puts items in it (each with its link), with
 * none (every count 0, the page says so), and never another organisation's or another tenant's items.
 */
class WorklistTests extends IntegrationTestSupport {

	@Autowired
	ApplicationContext context;

	@Autowired
	ReportManagement reports;

	/** A corporation with one running project and its people, made once for the class. */
	static World world;

	record World(UUID corporation, UUID partner, UUID institution, UUID project, String coordinator, String lead, String socialWorker,
			String partnerLead, String fieldWorker, String caseWorker, String resident, String neighbour, UUID reportId) {
	}

	private static final String EMPTY_SUFFIX = "@leeg.werklijst.test";

	@BeforeEach
	void world() {
		if (world != null) {
			return;
		}
		OrganisationTestData people = OrganisationTestData.in(context);
		UUID corporation = people.organisation("Werklijst Wonen", OrganisationType.HOUSING_CORPORATION);
		UUID partner = people.organisation("Werklijst Bouw", OrganisationType.MAIN_CONTRACTOR);
		UUID institution = people.organisation("Werklijst Welzijn", OrganisationType.WELFARE);
		String coordinator = "coordinator@werklijst.test", lead = "lead@werklijst.test", social = "sociaal@werklijst.test";
		String partnerLead = "bouw@werklijst.test", field = "vakman@werklijst.test", caseWorker = "welzijn@werklijst.test";
		String resident = "huurder@werklijst.test", neighbour = "buur@werklijst.test";
		people.user(coordinator, corporation, Role.COORDINATOR);
		people.user(lead, corporation, Role.PROJECT_LEAD);
		people.user(social, corporation, Role.SOCIAL_WORKER);
		people.user(partnerLead, partner, Role.PARTNER_LEAD);
		UUID fieldWorker = people.user(field, partner, Role.FIELD_WORKER);
		UUID caseWorkerId = people.user(caseWorker, institution, Role.CASE_WORKER);
		UUID residentId = people.user(resident, corporation, Role.RESIDENT);
		people.user(neighbour, corporation, Role.RESIDENT);
		// The same roles with nothing to do: their lists are empty.
		UUID emptyCorporation = people.organisation("Leeg Wonen", OrganisationType.HOUSING_CORPORATION);
		UUID emptyPartner = people.organisation("Leeg Bouw", OrganisationType.MAIN_CONTRACTOR);
		UUID emptyInstitution = people.organisation("Leeg Welzijn", OrganisationType.WELFARE);
		people.user("coordinator" + EMPTY_SUFFIX, emptyCorporation, Role.COORDINATOR);
		people.user("lead" + EMPTY_SUFFIX, emptyCorporation, Role.PROJECT_LEAD);
		people.user("sociaal" + EMPTY_SUFFIX, emptyCorporation, Role.SOCIAL_WORKER);
		people.user("huurder" + EMPTY_SUFFIX, emptyCorporation, Role.RESIDENT);
		people.user("bouw" + EMPTY_SUFFIX, emptyPartner, Role.PARTNER_LEAD);
		people.user("vakman" + EMPTY_SUFFIX, emptyPartner, Role.FIELD_WORKER);
		people.user("welzijn" + EMPTY_SUFFIX, emptyInstitution, Role.CASE_WORKER);

		ProjectTestData projects = ProjectTestData.in(context);
		LocalDate today = today();
		UUID project = projects.runningProject(user(lead), "Werklijst Oost", today.minusDays(200), today.plusDays(200));
		projects.mainContractor(user(lead), project, partner, 1_000_000);
		UUID home = projects.dwelling(user(lead), project, "0344010000990001", "Werklijststraat", 1);
		UUID noAccount = projects.dwelling(user(lead), project, "0344010000990002", "Werklijststraat", 2);
		projects.dwelling(user(lead), project, "0344010000990003", "Werklijststraat", 3);
		UUID neighbours = projects.dwelling(user(lead), project, "0344010000990004", "Werklijststraat", 4);
		projects.household(user(lead), project, home, "Fam. Werklijst", resident);
		projects.household(user(lead), project, noAccount, "Fam. Zonder", null);
		projects.household(user(lead), project, neighbours, "Fam. Buur", neighbour);

		// Coordinator: a report to approve, a proposal, a registration to check, a practice of another corporation this month.
		UUID reportId = reports.submit(access(partnerLead, project), new ReportInput("2026-Q2", "Werklijst verslag"));
		PlanTestData plan = PlanTestData.in(context);
		plan.commitment(access(partnerLead, project), partner, Theme.WORK_EXPERIENCE, Metric.PLACEMENTS, 2, "Werklijst voorstel");
		plan.commitment(access(coordinator, project), null, Theme.YOUTH_OUTREACH, Metric.ACTIVITIES, 2, "Werklijst eigen afspraak");
		jdbc.sql("""
				insert into contribution (id, project_id, partner_organisation_id, kind, start_date, value_set_id, value_eur, status, created_by, supplier,
				                          amount_eur, in_register)
				values (:id, :p, :o, 'PURCHASE', :d, '5e7a0c7e-0000-4000-8000-000000000001', 1000, 'PENDING', :by, 'Werklijst leverancier', 1000, true)""")
			.param("id", UUID.randomUUID()).param("p", project).param("o", partner).param("d", today.minusDays(10)).param("by", user(partnerLead).id()).update();
		jdbc.sql("""
				insert into practice (id, corporation_id, project_id, municipality, title, themes, summary, steps, contact, visibility, published_by)
				values (:id, :c, :p, 'Utrecht', 'Werklijst rondleiding voor scholen', 'YOUTH_OUTREACH', 's', 's', 'c', 'PLATFORM', :by)""")
			.param("id", UUID.randomUUID()).param("c", user(COORDINATOR).organisationId()).param("p", lombok().id()).param("by", user(COORDINATOR).id())
			.update();

		// Project lead: a failed import and self-work ready for inspection.
		jdbc.sql("insert into import_job (id, project_id, user_id, filename, status) values (:id, :p, :u, 'woningen.csv', 'FAILED')")
			.param("id", UUID.randomUUID()).param("p", project).param("u", user(lead).id()).update();
		ParticipationTestData participation = ParticipationTestData.in(jdbc);
		participation.task(project, home, "READY_FOR_INSPECTION", OffsetDateTime.now().minusDays(2), user(lead).id());
		participation.task(project, home, "INSTRUCTED", null, user(lead).id());

		// Social team and institution: an overdue signal, and a referral unanswered for a month.
		SignalTestData signals = SignalTestData.in(jdbc);
		signals.signal(project, corporation, fieldWorker, partner, OffsetDateTime.now().minusDays(6), null);
		UUID referred = signals.signal(project, corporation, fieldWorker, partner, OffsetDateTime.now().minusDays(40), OffsetDateTime.now().minusDays(39));
		signals.referral(referred, institution, user(social).id());
		jdbc.sql("update referral set referred_at = now() - interval '30 days' where signal_id = :s").param("s", referred).update();
		jdbc.sql("update signal set status = 'REFERRED' where id = :s").param("s", referred).update();

		// Partner lead: an application to decide and a placement ending in ten days (with a job guarantee).
		UUID applied = participation.openOpportunity(project, partner, OpportunityType.WORK_EXPERIENCE, true, user(partnerLead).id());
		jdbc.sql("update opportunity set title = 'Werklijst leerwerkplek' where id = :o").param("o", applied).update();
		jdbc.sql("insert into application (id, opportunity_id, applicant_id, motivation, availability, status) values (:id, :o, :a, 'm', 'a', 'SUBMITTED')")
			.param("id", UUID.randomUUID()).param("o", applied).param("a", residentId).update();
		participation.placement(applied, project, corporation, partner, fieldWorker, "WL-01", today.minusMonths(6).plusDays(10), null);
		// Resident: a new opportunity they have not applied to, and a decision on another.
		UUID fresh = participation.openOpportunity(project, partner, OpportunityType.INTERNSHIP, false, user(partnerLead).id());
		jdbc.sql("update opportunity set title = 'Werklijst stage' where id = :o").param("o", fresh).update();
		UUID declined = participation.openOpportunity(project, partner, OpportunityType.INTERNSHIP, false, user(partnerLead).id());
		jdbc.sql("update opportunity set title = 'Werklijst oude stage', created_at = now() - interval '60 days' where id = :o").param("o", declined).update();
		jdbc.sql("""
				insert into application (id, opportunity_id, applicant_id, motivation, availability, status, decision_reason, decided_at)
				values (:id, :o, :a, 'm', 'a', 'DECLINED', 'Vol', now())""").param("id", UUID.randomUUID()).param("o", declined).param("a", residentId).update();

		world = new World(corporation, partner, institution, project, coordinator, lead, social, partnerLead, field, caseWorker, resident, neighbour, reportId);
	}

	private Map<String, Object> worklist(String username) throws Exception {
		String body = mvc.perform(get("/api/v1/me/worklist").header("Authorization", bearer(username))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> items(Map<String, Object> worklist, String kind) {
		return ((List<Map<String, Object>>) worklist.get("items")).stream().filter(i -> kind.equals(i.get("kind"))).toList();
	}

	@SuppressWarnings("unchecked")
	private static long count(Map<String, Object> worklist, String kind) {
		Object count = ((Map<String, Object>) worklist.get("counts")).get(kind);
		return count == null ? -1 : ((Number) count).longValue();
	}

	private static List<String> titles(Map<String, Object> worklist, String kind) {
		return items(worklist, kind).stream().map(i -> (String) i.get("title")).toList();
	}

	@Test
	void theCoordinatorSeesReportsProposalsRegistrationsObligationsAndNewPracticesWithALinkEach() throws Exception {
		Map<String, Object> list = worklist(world.coordinator());
		assertThat(titles(list, "REPORT_TO_APPROVE")).containsExactly("Rapportage 2026-Q2 van Werklijst Bouw in Werklijst Oost");
		assertThat(items(list, "REPORT_TO_APPROVE").get(0).get("url")).isEqualTo("/projects/" + world.project() + "/reports");
		assertThat(titles(list, "COMMITMENT_TO_DECIDE")).containsExactly("Voorstel van Werklijst Bouw in Werklijst Oost");
		assertThat(titles(list, "CONTRIBUTION_TO_CHECK")).containsExactly("Registratie van Werklijst Bouw in Werklijst Oost");
		// 200 of 400 days passed, nothing fulfilled: behind the straight line.
		assertThat(titles(list, "OBLIGATION_AT_RISK")).containsExactly("Werklijst Bouw in Werklijst Oost: 0% gerealiseerd, 50% verwacht");
		assertThat(items(list, "OBLIGATION_AT_RISK").get(0).get("dueAt")).isNotNull();
		assertThat(titles(list, "PRACTICE_NEW")).contains("Werklijst rondleiding voor scholen");
		assertThat(count(list, "REPORT_TO_APPROVE")).isEqualTo(1);

		mvc.perform(get("/").with(as(world.coordinator()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Rapportages om goed te keuren (1)")))
			.andExpect(content().string(containsString("href=\"/projects/" + world.project() + "/reports\"")))
			.andExpect(content().string(containsString("Verplichtingen achter op schema (1)")));
	}

	@Test
	void aReportReturnedLeavesTheCoordinatorsListAndLandsOnThePartnerLeadsWithTheQuarterStillDue() throws Exception {
		Map<String, Object> partner = worklist(world.partnerLead());
		// The last quarter that ended, due 30 days after.
		LocalDate quarterEnd = today().withDayOfMonth(1).withMonth((today().getMonthValue() - 1) / 3 * 3 + 1).minusDays(1);
		String lastQuarter = quarterEnd.getYear() + "-Q" + ((quarterEnd.getMonthValue() - 1) / 3 + 1);
		assertThat(titles(partner, "REPORT_DUE")).contains("Periodeverslag " + lastQuarter + " voor Werklijst Oost");
		assertThat(items(partner, "REPORT_DUE").stream().filter(i -> ((String) i.get("title")).contains(lastQuarter)).findFirst().orElseThrow().get("dueAt"))
			.asString().startsWith(quarterEnd.plusDays(30).toString());
		assertThat(titles(partner, "APPLICATION_TO_DECIDE")).containsExactly("Aanmelding voor Werklijst leerwerkplek");
		assertThat(titles(partner, "PLACEMENT_ENDING")).containsExactly("Plaatsing bij Werklijst leerwerkplek eindigt: beslis over de baangarantie");
		assertThat(titles(partner, "OBLIGATION_AT_RISK")).hasSize(1);

		reports.review(access(world.coordinator(), world.project()), world.reportId(), false, "Graag de uren per week toevoegen");
		assertThat(count(worklist(world.coordinator()), "REPORT_TO_APPROVE")).isZero();
		assertThat(titles(worklist(world.partnerLead()), "REPORT_DUE")).containsExactlyInAnyOrder("Periodeverslag " + lastQuarter + " voor Werklijst Oost",
				"Periodeverslag 2026-Q2 voor Werklijst Oost is teruggestuurd");
		// Put back for the other tests.
		reports.submit(access(world.partnerLead(), world.project()), new ReportInput("2026-Q2", "Werklijst verslag, aangevuld"));
		assertThat(count(worklist(world.coordinator()), "REPORT_TO_APPROVE")).isEqualTo(1);
	}

	@Test
	void theProjectLeadSeesTheImportTheInspectionAndTheDwellingsPerProject() throws Exception {
		Map<String, Object> list = worklist(world.lead());
		assertThat(titles(list, "IMPORT_ATTENTION")).containsExactly("Import in Werklijst Oost is mislukt");
		assertThat(items(list, "IMPORT_ATTENTION").get(0).get("url")).asString().startsWith("/imports/");
		assertThat(titles(list, "SELF_WORK_TO_INSPECT")).containsExactly("Schilderen in Werklijst Oost");
		assertThat(titles(list, "DWELLING_WITHOUT_HOUSEHOLD")).containsExactly("1 woningen zonder huishouden in Werklijst Oost");
		assertThat(titles(list, "DWELLING_WITHOUT_CODE")).containsExactly("1 huishoudens zonder account of geldige code in Werklijst Oost");
		assertThat(items(list, "DWELLING_WITHOUT_CODE").get(0).get("url")).isEqualTo("/projects/" + world.project() + "#activation");
	}

	@Test
	void theSocialTeamSeesTheOverdueSignalFirstAndTheUnansweredReferralWithoutAnyContent() throws Exception {
		Map<String, Object> list = worklist(world.socialWorker());
		List<Map<String, Object>> queue = items(list, "SIGNAL_QUEUE");
		assertThat(queue).hasSize(2);
		assertThat(queue.get(0).get("title")).isEqualTo("Zorgsignaal in Werklijst Oost");
		assertThat(queue.get(0).get("overdue")).isEqualTo(true);
		assertThat(titles(list, "REFERRAL_UNANSWERED")).hasSize(1).allMatch(t -> t.startsWith("Doorverwijzing in Werklijst Oost van "));
		// The first item of the whole list is the overdue one.
		assertThat(((List<Map<String, Object>>) list.get("items")).get(0).get("overdue")).isEqualTo(true);

		Map<String, Object> caseWorker = worklist(world.caseWorker());
		assertThat(titles(caseWorker, "REFERRAL_AWAITING_OUTCOME")).containsExactly("Doorverwijzing uit Werklijst Oost");
		assertThat(items(caseWorker, "REFERRAL_AWAITING_OUTCOME").get(0).get("dueAt")).isNotNull();

		Map<String, Object> field = worklist(world.fieldWorker());
		assertThat(titles(field, "SIGNAL_REPORTED")).hasSize(1).allMatch(t -> t.startsWith("Uw melding in Werklijst Oost van ") && t.endsWith(": ontvangen"));
		mvc.perform(get("/").with(as(world.fieldWorker()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/signals/new\"")))
			.andExpect(content().string(containsString("href=\"/activities/new\"")))
			.andExpect(content().string(containsString("Uw meldingen van de laatste 30 dagen (1)")));
	}

	@Test
	void aTenantSeesTheirOwnOpportunitiesDecisionsAndSelfWorkAndTheNeighbourNoneOfIt() throws Exception {
		Map<String, Object> list = worklist(world.resident());
		assertThat(titles(list, "OPPORTUNITY_NEW")).containsExactly("Werklijst stage");
		assertThat(titles(list, "APPLICATION_DECIDED")).containsExactly("Besluit over uw aanmelding voor Werklijst oude stage");
		assertThat(titles(list, "SELF_WORK")).containsExactly("Zelfwerk: Schilderen (klaar om te beginnen)");
		mvc.perform(get("/").with(as(world.resident()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Besluit over uw aanmelding voor Werklijst oude stage")))
			.andExpect(content().string(containsString("href=\"/portal\"")));

		Map<String, Object> neighbour = worklist(world.neighbour());
		assertThat(titles(neighbour, "OPPORTUNITY_NEW")).containsExactlyInAnyOrder("Werklijst stage", "Werklijst leerwerkplek");
		assertThat(count(neighbour, "APPLICATION_DECIDED")).isZero();
		assertThat(count(neighbour, "SELF_WORK")).isZero();
		mvc.perform(get("/").with(as(world.neighbour()))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Werklijst oude stage"))))
			.andExpect(content().string(not(containsString("Schilderen"))));
	}

	@Test
	void everyRoleWithNothingToDoGetsZeroCountsAndThePageSaysSo() throws Exception {
		for (String who : List.of("coordinator", "lead", "sociaal", "huurder", "bouw", "vakman", "welzijn")) {
			Map<String, Object> list = worklist(who + EMPTY_SUFFIX);
			assertThat((List<?>) list.get("items")).as(who).isEmpty();
			assertThat(((Number) list.get("total")).longValue()).as(who).isZero();
			@SuppressWarnings("unchecked")
			Map<String, Object> counts = (Map<String, Object>) list.get("counts");
			assertThat(counts).as(who).isNotEmpty().allSatisfy((kind, n) -> assertThat(((Number) n).longValue()).isZero());
			mvc.perform(get("/").with(as(who + EMPTY_SUFFIX))).andExpect(status().isOk())
				.andExpect(content().string(containsString("Er wacht nu niets op u.")))
				.andExpect(content().string(not(containsString("class=\"badge nav-count\""))));
		}
	}

	@Test
	void anotherOrganisationsItemsNeverAppearByApiOrPage() throws Exception {
		for (String other : List.of(COORDINATOR, PROJECT_LEAD, PARTNER_LEAD, FIELD_WORKER, CASE_WORKER, RESIDENT, OTHER_PROJECT_LEAD, OTHER_PARTNER_LEAD,
				"wijkconsulent@demo.nl", "coordinator@zuid.demo.nl")) {
			String body = mvc.perform(get("/api/v1/me/worklist").header("Authorization", bearer(other))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			assertThat(body).as(other).doesNotContain(world.project().toString()).doesNotContain("Werklijst");
			mvc.perform(get("/").with(as(other))).andExpect(status().isOk()).andExpect(content().string(not(containsString("Werklijst Oost"))));
		}
		// And the world's people see nothing of the demo corporation's projects.
		String body = mvc.perform(get("/api/v1/me/worklist").header("Authorization", bearer(world.lead()))).andReturn().getResponse().getContentAsString();
		assertThat(body).doesNotContain(lombok().id().toString()).doesNotContain(woensel().toString());
	}

	private long menuCount(String username) throws Exception {
		String page = mvc.perform(get("/account").with(as(username))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		java.util.regex.Matcher badge = java.util.regex.Pattern.compile("class=\"badge nav-count\"><span aria-hidden=\"true\">(\\d+)</span>").matcher(page);
		return badge.find() ? Long.parseLong(badge.group(1)) : 0;
	}

	@Test
	void theMenuShowsTheCountAndTheUsersOwnChangeShowsAtOnceAnotherUsersWithinHalfAMinute() throws Exception {
		long total = ((Number) worklist(world.lead()).get("total")).longValue();
		assertThat(total).isPositive();
		assertThat(menuCount(world.lead())).isEqualTo(total);
		UUID job = UUID.randomUUID();
		jdbc.sql("insert into import_job (id, project_id, user_id, filename, status) values (:id, :p, :u, 'tweede.csv', 'INTERRUPTED')")
			.param("id", job).param("p", world.project()).param("u", user(world.lead()).id()).update();
		try {
			// Someone else's change: the menu keeps its count for a moment (the start page itself counts afresh).
			assertThat(menuCount(world.lead())).isEqualTo(total);
			// Any change by the user makes the menu count again.
			mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/signals/notices/read").with(as(world.lead()))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()));
			assertThat(menuCount(world.lead())).isEqualTo(total + 1);
		}
		finally {
			jdbc.sql("delete from import_job where id = :id").param("id", job).update();
		}
		mvc.perform(get("/api/v1/me/worklist")).andExpect(status().isUnauthorized());
	}
}
