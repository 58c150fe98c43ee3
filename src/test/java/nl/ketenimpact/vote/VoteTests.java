package nl.ketenimpact.vote;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.ketenimpact.IntegrationTestSupport;
import nl.ketenimpact.organisation.OrganisationTestData;
import nl.ketenimpact.organisation.OrganisationType;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.project.PartnerInput;
import nl.ketenimpact.project.PartnerRole;
import nl.ketenimpact.project.ProjectTestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The draagvlakmeting by API and pages: writing and opening a proposal, tenants voting on their phone, staff recording
 * paper forms, the count, the close with its notices and 8-week periods, who sees what, and refusals that save nothing.
 * The complex: 11 dwellings, 10 with a household (nine tenants with an account, one without), one vacant.
 */
class VoteTests extends IntegrationTestSupport {

	static World world;

	record World(UUID corporation, UUID builder, UUID project, List<UUID> dwellings, String lead, String coordinator, String liaison, String advisor) {

		String tenant(int number) {
			return "huurder" + number + "@stem.test";
		}
	}

	@BeforeEach
	void world() {
		if (world != null) {
			return;
		}
		OrganisationTestData people = OrganisationTestData.in(context);
		UUID corporation = people.organisation("Stemming Wonen", OrganisationType.HOUSING_CORPORATION);
		UUID builder = people.organisation("Stemming Bouw", OrganisationType.MAIN_CONTRACTOR);
		UUID advice = people.organisation("Stemming Advies", OrganisationType.ADVISOR);
		people.user("lead@stem.test", corporation, Role.PROJECT_LEAD);
		people.user("coordinator@stem.test", corporation, Role.COORDINATOR);
		people.user("vakman@stem.test", builder, Role.FIELD_WORKER);
		people.user("advies@stem.test", advice, Role.PARTNER_LEAD);
		for (int i = 1; i <= 9; i++) {
			people.user("huurder" + i + "@stem.test", corporation, Role.RESIDENT);
		}
		ProjectTestData data = ProjectTestData.in(context);
		UUID project = data.runningProject(user("lead@stem.test"), "Stemming Noord", today().minusDays(30), today().plusDays(300));
		data.mainContractor(user("lead@stem.test"), project, builder, 2_000_000);
		partners.add(user("lead@stem.test"), project, new PartnerInput(advice, PartnerRole.ADVISOR, new BigDecimal("50000")));
		List<UUID> dwellings = new ArrayList<>();
		for (int i = 1; i <= 11; i++) {
			UUID d = data.dwelling(user("lead@stem.test"), project, String.format("03440100009950%02d", i), i <= 6 ? "Stemstraat" : "Kiesweg", i <= 6 ? 10 : 20 + i);
			dwellings.add(d);
			if (i <= 9) {
				data.household(user("lead@stem.test"), project, d, "Fam. Stem " + i, "huurder" + i + "@stem.test");
			}
			else if (i == 10) {
				data.household(user("lead@stem.test"), project, d, "Fam. Papier", null);
			}
		}
		world = new World(corporation, builder, project, List.copyOf(dwellings), "lead@stem.test", "coordinator@stem.test", "vakman@stem.test", "advies@stem.test");
	}

	private UUID dwelling(int number) {
		return world.dwellings().get(number - 1);
	}

	/** A valid proposal body: every other dwelling by type, dwelling 1 its own rent; tenants stay at home. */
	private String body(String title, LocalDate opens, LocalDate closes, String dwellingIds) {
		return """
				{"title":"%s",%s"worksRenovation":"Gevel- en dakisolatie, HR++-glas","worksMaintenance":"Voegwerk herstellen",
				 "rentChanges":[{"dwellingType":"Eengezinswoning","currentRentEur":650,"newRentEur":675,"basis":"Woningverbetering"},
				                {"dwellingId":"%s","currentRentEur":700,"newRentEur":700,"basis":"Geen verhoging: al label A"}],
				 "durationWeeks":3,"inhabited":true,"socialPlanUrl":"https://stemming.test/sociaal-plan","tenantsAssociation":"HV Noord","liaisonOrganisationId":"%s",
				 "votingOpensOn":"%s","votingClosesOn":"%s"}"""
			.formatted(title, dwellingIds == null ? "" : "\"dwellingIds\":" + dwellingIds + ",", dwelling(1), world.builder(), opens, closes);
	}

	private UUID create(String body) throws Exception {
		String json = mvc.perform(post("/api/v1/projects/" + world.project() + "/proposals").header("Authorization", bearer(world.lead()))
			.contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT")).andReturn().getResponse().getContentAsString();
		return UUID.fromString(JsonPath.read(json, "$.id"));
	}

	private ResultActions vote(String tenant, UUID proposal, String choice) throws Exception {
		return mvc.perform(put("/api/v1/proposals/" + proposal + "/vote").header("Authorization", bearer(tenant)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"choice\":\"" + choice + "\"}"));
	}

	private ResultActions paper(String who, UUID proposal, UUID dwelling, String choice, byte[] scan) throws Exception {
		var request = multipart(HttpMethod.PUT, "/api/v1/proposals/" + proposal + "/votes/" + dwelling).header("Authorization", bearer(who));
		if (choice != null) {
			request.param("choice", choice);
		}
		if (scan != null) {
			request.file(new MockMultipartFile("paperForm", "formulier.pdf", "application/pdf", scan));
		}
		return mvc.perform(request);
	}

	private Map<String, Object> result(String who, UUID proposal) throws Exception {
		return JsonPath.read(mvc.perform(get("/api/v1/proposals/" + proposal + "/result").header("Authorization", bearer(who)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$");
	}

	private long proposals() {
		return jdbc.sql("select count(*) from proposal where project_id = :p").param("p", world.project()).query(Long.class).single();
	}

	@Test
	void tenantsVoteStaffRecordPaperFormsAndTheCloseStartsTheEightWeeksOfThoseWhoDidNotAgree() throws Exception {
		LocalDate today = today();
		UUID id = create(body("Isolatie Noord", today, today, null));
		vote(world.tenant(1), id, "AGREE").andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("concept")));
		// A draft is the corporation's own: a chain partner does not see it yet.
		mvc.perform(post("/api/v1/proposals/" + id + "/open").header("Authorization", bearer(world.advisor()))).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/proposals/" + id + "/open").header("Authorization", bearer(world.liaison()))).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/proposals/" + id + "/open").header("Authorization", bearer(world.lead()))).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("OPEN")).andExpect(jsonPath("$.complexSize").value(11));

		// The tenant reads their own rent change (dwelling 1 its own, the others the type's) and votes.
		vote(world.tenant(1), id, "AGREE").andExpect(status().isOk());
		mvc.perform(get("/api/v1/proposals/" + id).header("Authorization", bearer(world.tenant(1)))).andExpect(status().isOk())
			.andExpect(jsonPath("$.ownRentChange.newRentEur").value(700)).andExpect(jsonPath("$.ownVote").value("AGREE"))
			.andExpect(jsonPath("$.dwellingIds").doesNotExist());
		mvc.perform(get("/api/v1/proposals/" + id).header("Authorization", bearer(world.tenant(3)))).andExpect(status().isOk())
			.andExpect(jsonPath("$.ownRentChange.newRentEur").value(675)).andExpect(jsonPath("$.ownVote").doesNotExist());
		// A tenant of another corporation: refused, and cannot read it.
		vote(OTHER_RESIDENT, id, "AGREE").andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/proposals/" + id).header("Authorization", bearer(OTHER_RESIDENT))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/proposals/" + id).header("Authorization", bearer(OTHER_PROJECT_LEAD))).andExpect(status().isNotFound());

		// Paper forms by the tenant liaison's field worker; the tenant's own later vote wins over theirs.
		paper(world.liaison(), id, dwelling(2), "DISAGREE", PDF).andExpect(status().isOk());
		vote(world.tenant(2), id, "AGREE").andExpect(status().isOk());
		paper(world.liaison(), id, dwelling(10), "AGREE", PDF).andExpect(status().isOk());
		paper(world.advisor(), id, dwelling(9), "AGREE", PDF).andExpect(status().isForbidden());
		paper(world.liaison(), id, dwelling(11), "AGREE", PDF).andExpect(status().isConflict());
		paper(world.liaison(), id, dwelling(9), "AGREE", null).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("paperForm"));
		paper(world.liaison(), id, dwelling(9), null, PDF).andExpect(status().isBadRequest());
		for (int i = 3; i <= 7; i++) {
			vote(world.tenant(i), id, "AGREE").andExpect(status().isOk());
		}
		// A changed vote counts once, as its last choice.
		vote(world.tenant(8), id, "DISAGREE").andExpect(status().isOk());
		vote(world.tenant(8), id, "AGREE").andExpect(status().isOk());
		vote(world.tenant(9), id, "MAYBE").andExpect(status().isBadRequest());

		Map<String, Object> staff = result(world.lead(), id);
		assertThat(staff).containsEntry("tenancies", 10).containsEntry("agreed", 9).containsEntry("disagreed", 0).containsEntry("notVoted", 1)
			.containsEntry("complexSize", 11).containsEntry("thresholdPct", 70).containsEntry("presumptionApplies", true);
		assertThat(staff.get("agreedPct").toString()).isEqualTo("90.0");
		assertThat(staff.get("presumedReasonable")).isNull();
		assertThat(JsonPath.<List<Object>>read(staff, "$.votes[?(@.choice == 'AGREE')]")).hasSize(9);
		assertThat(JsonPath.<List<String>>read(staff, "$.votes[?(@.dwellingId == '" + dwelling(10) + "')].channel")).containsExactly("PAPER");
		assertThat(JsonPath.<List<String>>read(staff, "$.votes[?(@.dwellingId == '" + dwelling(2) + "')].channel")).containsExactly("PORTAL");
		// A chain partner: the same counts, turnout per entrance, nothing per dwelling and no one's choice.
		String partner = mvc.perform(get("/api/v1/proposals/" + id + "/result").header("Authorization", bearer(world.advisor())))
			.andExpect(status().isOk()).andExpect(jsonPath("$.agreed").value(9)).andExpect(jsonPath("$.votes").doesNotExist())
			.andExpect(jsonPath("$.entrances[?(@.street == 'Stemstraat')].tenancies").value(org.hamcrest.Matchers.contains(6)))
			.andReturn().getResponse().getContentAsString();
		assertThat(partner).doesNotContain("AGREE").doesNotContain(dwelling(1).toString());
		// A tenant while the vote runs: the turnout, not how the others voted.
		mvc.perform(get("/api/v1/proposals/" + id + "/result").header("Authorization", bearer(world.tenant(1)))).andExpect(status().isOk())
			.andExpect(jsonPath("$.turnoutPct").value(90.0)).andExpect(jsonPath("$.agreed").doesNotExist())
			.andExpect(jsonPath("$.entrances").doesNotExist());

		mvc.perform(post("/api/v1/proposals/" + id + "/close").header("Authorization", bearer(world.liaison()))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/proposals/" + id + "/close").header("Authorization", bearer(world.lead()))).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED")).andExpect(jsonPath("$.presumedReasonable").value(true))
			.andExpect(jsonPath("$.notices.length()").value(1)).andExpect(jsonPath("$.notices[0].dwellingId").value(dwelling(9).toString()))
			.andExpect(jsonPath("$.notices[0].noticeDate").value(today.toString()))
			.andExpect(jsonPath("$.notices[0].periodEndsOn").value(today.plusWeeks(8).toString()));
		vote(world.tenant(9), id, "AGREE").andExpect(status().isConflict());
		mvc.perform(get("/api/v1/proposals/" + id + "/result").header("Authorization", bearer(world.tenant(1)))).andExpect(status().isOk())
			.andExpect(jsonPath("$.agreed").value(9)).andExpect(jsonPath("$.presumedReasonable").value(true));

		// The letters (one per tenancy that did not agree) and the result for the tenants' association.
		mvc.perform(get("/api/v1/proposals/" + id + "/notices").header("Authorization", bearer(world.lead()))).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].periodEndsOn").value(today.plusWeeks(8).toString()));
		byte[] letters = mvc.perform(get("/api/v1/proposals/" + id + "/notices").header("Authorization", bearer(world.lead()))
			.accept(MediaType.APPLICATION_PDF)).andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new com.lowagie.text.pdf.PdfReader(letters).getNumberOfPages()).isEqualTo(1);
		mvc.perform(get("/api/v1/proposals/" + id + "/notices").header("Authorization", bearer(world.advisor()))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/proposals/" + id + "/result").header("Authorization", bearer(world.coordinator())).accept(MediaType.APPLICATION_PDF))
			.andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"));
		mvc.perform(get("/api/v1/proposals/" + id + "/result").header("Authorization", bearer(world.advisor())).accept(MediaType.APPLICATION_PDF))
			.andExpect(status().isForbidden());

		// The 8 weeks on the project lead's worklist; the choices never in the audit log.
		String worklist = mvc.perform(get("/api/v1/me/worklist").header("Authorization", bearer(world.lead()))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(worklist, "$.items[?(@.kind == 'VOTE_OBJECTION_PERIOD')].url")).contains("/proposals/" + id + "#notices");
		assertThat(jdbc.sql("select count(*) from audit_log where subject_id = :id and (detail like '%AGREE%' or detail like '%DISAGREE%')")
			.param("id", id.toString()).query(Long.class).single()).isZero();
	}

	@Test
	void aComplexBelowTenDwellingsGetsNoPresumptionAndAtTenItDoes() throws Exception {
		LocalDate today = today();
		String nine = world.dwellings().subList(0, 9).stream().map(d -> "\"" + d + "\"").toList().toString();
		String ten = world.dwellings().subList(0, 10).stream().map(d -> "\"" + d + "\"").toList().toString();
		UUID small = create(body("Klein complex", today, today, nine));
		UUID large = create(body("Tien woningen", today, today, ten));
		for (UUID id : List.of(small, large)) {
			mvc.perform(post("/api/v1/proposals/" + id + "/open").header("Authorization", bearer(world.lead()))).andExpect(status().isOk());
			for (int i = 1; i <= 9; i++) {
				vote(world.tenant(i), id, "AGREE").andExpect(status().isOk());
			}
			mvc.perform(post("/api/v1/proposals/" + id + "/close").header("Authorization", bearer(world.coordinator()))).andExpect(status().isOk());
		}
		// Nine of nine agreed, but nine dwellings are no complex in the sense of the 70% rule.
		assertThat(result(world.lead(), small)).containsEntry("complexSize", 9).containsEntry("agreed", 9).containsEntry("presumptionApplies", false)
			.containsEntry("presumedReasonable", false);
		// Nine of ten (90%): presumed reasonable, and the one household without a vote gets its notice.
		assertThat(result(world.lead(), large)).containsEntry("complexSize", 10).containsEntry("tenancies", 10).containsEntry("presumptionApplies", true)
			.containsEntry("presumedReasonable", true);
		mvc.perform(get("/proposals/" + small).with(as(world.lead()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("minder dan 10 woningen")));
	}

	@Test
	void aProposalChangedWhileOpenBecomesANewVersionAndItsVotesDoNotCarryOver() throws Exception {
		LocalDate today = today();
		UUID first = create(body("Versies", today, today.plusDays(14), null));
		mvc.perform(post("/api/v1/proposals/" + first + "/open").header("Authorization", bearer(world.lead()))).andExpect(status().isOk());
		vote(world.tenant(1), first, "AGREE").andExpect(status().isOk());
		// Closing before the last day is refused: tenants keep their days.
		mvc.perform(post("/api/v1/proposals/" + first + "/close").header("Authorization", bearer(world.lead()))).andExpect(status().isConflict());
		String json = mvc.perform(put("/api/v1/proposals/" + first).header("Authorization", bearer(world.lead())).contentType(MediaType.APPLICATION_JSON)
			.content(body("Versies, met zonnepanelen", today, today.plusDays(21), null))).andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2)).andExpect(jsonPath("$.status").value("DRAFT")).andReturn().getResponse().getContentAsString();
		UUID second = UUID.fromString(JsonPath.read(json, "$.id"));
		assertThat(second).isNotEqualTo(first);
		mvc.perform(get("/api/v1/proposals/" + first).header("Authorization", bearer(world.lead()))).andExpect(jsonPath("$.status").value("SUPERSEDED"));
		mvc.perform(get("/proposals/" + first + "/edit").with(as(world.lead()))).andExpect(status().isConflict());
		mvc.perform(get("/proposals/" + second + "/edit").with(as(world.lead()))).andExpect(status().isOk());
		vote(world.tenant(1), first, "AGREE").andExpect(status().isConflict());
		mvc.perform(post("/api/v1/proposals/" + second + "/open").header("Authorization", bearer(world.lead()))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/proposals/" + second).header("Authorization", bearer(world.tenant(1)))).andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Versies, met zonnepanelen")).andExpect(jsonPath("$.ownVote").doesNotExist());
		assertThat(result(world.lead(), second)).containsEntry("notVoted", 10);
		// The tenant's list shows the open version only; the superseded one is gone for them.
		mvc.perform(get("/api/v1/projects/" + world.project() + "/proposals").header("Authorization", bearer(world.tenant(1)))).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == '" + first + "')]").isEmpty()).andExpect(jsonPath("$[?(@.id == '" + second + "')]").isNotEmpty());
		// A vote before the period starts.
		UUID later = create(body("Later", today.plusDays(3), today.plusDays(20), null));
		mvc.perform(post("/api/v1/proposals/" + later + "/open").header("Authorization", bearer(world.lead()))).andExpect(status().isOk());
		vote(world.tenant(1), later, "AGREE").andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("begint op")));
		// A vote that has not started has no chart yet: the project page and the vote's page still show it.
		mvc.perform(get("/projects/" + world.project()).with(as(world.lead()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Draagvlakmeting")));
		mvc.perform(get("/proposals/" + later).with(as(world.lead()))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("data-chart"))));
	}

	@Test
	void badInputIsRefusedFieldByFieldAndNothingIsSaved() throws Exception {
		long before = proposals();
		LocalDate today = today();
		// Tenants must move out: a temporary dwelling and at least the legal minimum (€ 7,428 since 29-2-2024).
		mvc.perform(post("/api/v1/projects/" + world.project() + "/proposals").header("Authorization", bearer(world.lead()))
			.contentType(MediaType.APPLICATION_JSON).content(body("Verhuizen", today, today.plusDays(10), null)
				.replace("\"inhabited\":true", "\"inhabited\":false,\"relocationAllowanceEur\":7000,\"temporaryDwelling\":\"Wisselwoning Zuid\"")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("relocationAllowanceEur"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("7428")));
		mvc.perform(post("/api/v1/projects/" + world.project() + "/proposals").header("Authorization", bearer(world.lead()))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"title":"","rentChanges":[{"dwellingId":"%s","currentRentEur":-1,"newRentEur":600,"basis":"x"}],"durationWeeks":0,
					 "inhabited":true,"socialPlanUrl":"javascript:alert(1)","votingOpensOn":"%s","votingClosesOn":"%s"}"""
				.formatted(UUID.randomUUID(), today, today.minusDays(1))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("title", "worksRenovation", "rentChanges[0].dwellingId",
					"rentChanges[0].currentRentEur", "durationWeeks", "socialPlanUrl", "votingClosesOn")));
		// Only the corporation's coordinator or project lead writes proposals; another corporation does not see the project.
		mvc.perform(post("/api/v1/projects/" + world.project() + "/proposals").header("Authorization", bearer(world.advisor()))
			.contentType(MediaType.APPLICATION_JSON).content(body("Partner", today, today, null))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/projects/" + world.project() + "/proposals").header("Authorization", bearer(OTHER_PROJECT_LEAD))
			.contentType(MediaType.APPLICATION_JSON).content(body("Ander", today, today, null))).andExpect(status().isNotFound());
		assertThat(proposals()).isEqualTo(before);

		// The page: the form again with the message on its field, a 400, nothing saved.
		mvc.perform(post("/projects/" + world.project() + "/proposals/new").with(as(world.lead())).with(csrf()).param("title", "Pagina")
			.param("worksRenovation", "Isolatie").param("durationWeeks", "4").param("inhabited", "false").param("temporaryDwelling", "Wisselwoning")
			.param("relocationAllowanceEur", "5000").param("rentChanges[0].dwellingType", "Flat").param("rentChanges[0].currentRentEur", "600")
			.param("rentChanges[0].newRentEur", "620").param("rentChanges[0].basis", "Verbetering").param("votingOpensOn", today.toString())
			.param("votingClosesOn", today.plusDays(7).toString()))
			.andExpect(status().isBadRequest()).andExpect(content().string(containsString("lager dan het wettelijk minimum")));
		assertThat(proposals()).isEqualTo(before);
	}

	@Test
	void theTenantVotesOnTheirPhonePageAndStaffAndPartnersSeeWhatIsTheirs() throws Exception {
		LocalDate today = today();
		UUID id = create(body("Pagina's", today, today.plusDays(7), null));
		mvc.perform(post("/proposals/" + id + "/open").with(as(world.lead())).with(csrf())).andExpect(redirectedUrl("/proposals/" + id));
		// Each tenant of the complex is told (the bell, and a mail without content); the corporation's staff are not.
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> jdbc.sql(
				"select count(*) from notification where kind = 'VOTE_OPENED' and url = :u").param("u", "/proposals/" + id).query(Long.class).single() == 9);
		assertThat(jdbc.sql("select count(*) from notification where user_id = :u and url = :url").param("u", user(world.lead()).id())
			.param("url", "/proposals/" + id).query(Long.class).single()).isZero();
		mvc.perform(get("/proposals/" + id).with(as(world.tenant(3)))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Uw huur"))).andExpect(content().string(containsString("€ 675,00")))
			.andExpect(content().string(containsString("U hebt nog niet gestemd")));
		mvc.perform(post("/proposals/" + id + "/vote").with(as(world.tenant(3))).with(csrf()).param("choice", "DISAGREE"))
			.andExpect(redirectedUrl("/proposals/" + id));
		mvc.perform(get("/proposals/" + id).with(as(world.tenant(3)))).andExpect(status().isOk())
			.andExpect(content().string(containsString("U hebt gekozen: Ik stem niet in met het voorstel")))
			.andExpect(content().string(containsString("1 van de 10 huishoudens hebben gestemd")));
		// Staff see each household's vote and the addresses still to visit; a partner the turnout per entrance only.
		mvc.perform(get("/proposals/" + id).with(as(world.lead()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Stemmen per huishouden"))).andExpect(content().string(containsString("Adressen die nog niet stemden")))
			.andExpect(content().string(containsString("Ik stem niet in met het voorstel")));
		mvc.perform(get("/proposals/" + id).with(as(world.advisor()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Opkomst per voordeur"))).andExpect(content().string(not(containsString("Stemmen per huishouden"))))
			.andExpect(content().string(not(containsString("Ik stem niet in"))));
		mvc.perform(get("/proposals/" + id).with(as(world.liaison()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Papieren stemformulier vastleggen")));
		mvc.perform(get("/proposals/" + id).with(as(OTHER_PROJECT_LEAD))).andExpect(status().isNotFound());
		mvc.perform(get("/proposals/" + id).with(as(RESIDENT))).andExpect(status().isNotFound());
		// The project page shows the running vote's turnout to staff, and the way to the vote to its tenants.
		mvc.perform(get("/projects/" + world.project()).with(as(world.lead()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Draagvlakmeting")));
		mvc.perform(get("/projects/" + world.project()).with(as(world.tenant(4)))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Naar de stemming")));
		// The open vote is on the worklist of a tenant who has not voted, and gone once they have.
		String open = mvc.perform(get("/api/v1/me/worklist").header("Authorization", bearer(world.tenant(4)))).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(open, "$.items[?(@.kind == 'VOTE_OPEN')].url")).contains("/proposals/" + id);
		String voted = mvc.perform(get("/api/v1/me/worklist").header("Authorization", bearer(world.tenant(3)))).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(voted, "$.items[?(@.kind == 'VOTE_OPEN')].url")).doesNotContain("/proposals/" + id);
		String lead = mvc.perform(get("/api/v1/me/worklist").header("Authorization", bearer(world.lead()))).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(lead, "$.items[?(@.kind == 'VOTE_CLOSING')].url")).contains("/proposals/" + id);
	}

	@Test
	void theAdminSetsALaterYearsMinimumAndProposalsAreCheckedAgainstIt() throws Exception {
		mvc.perform(get("/admin/relocation-allowance").with(as(world.lead()))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/relocation-allowance").with(as(ADMIN)).with(csrf()).param("validFrom", "2030-03-01").param("amountEur", "-5"))
			.andExpect(status().isBadRequest()).andExpect(content().string(containsString("groter dan 0")));
		mvc.perform(post("/admin/relocation-allowance").with(as(ADMIN)).with(csrf()).param("validFrom", "2030-03-01").param("amountEur", "8100"))
			.andExpect(redirectedUrl("/admin/relocation-allowance"));
		mvc.perform(get("/admin/relocation-allowance").with(as(ADMIN))).andExpect(status().isOk()).andExpect(content().string(containsString("8.100")));
		LocalDate today = today();
		String moveOut2030 = body("Verhuizen 2030", today, today.plusDays(10), null).replace("\"inhabited\":true",
				"\"inhabited\":false,\"relocationAllowanceEur\":7500,\"temporaryDwelling\":\"Wisselwoning\",\"moveOutOn\":\"2030-04-01\"");
		mvc.perform(post("/api/v1/projects/" + world.project() + "/proposals").header("Authorization", bearer(world.lead()))
			.contentType(MediaType.APPLICATION_JSON).content(moveOut2030)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("8100")));
		// Moving out now: € 7,428 applies, and 7,500 is enough.
		create(moveOut2030.replace("\"moveOutOn\":\"2030-04-01\"", "\"moveOutOn\":\"" + today.plusDays(30) + "\""));
	}
}
