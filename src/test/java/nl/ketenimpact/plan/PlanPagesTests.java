package nl.ketenimpact.plan;

import java.util.UUID;

import nl.ketenimpact.IntegrationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The plan, social-return, contribution, report and value-set pages, with their forms' bad input. */
class PlanPagesTests extends IntegrationTestSupport {

	@Test
	void thePlanPageShowsTheDemoPlanWithChartAndProgress() throws Exception {
		UUID lombok = lombok().id();
		mvc.perform(get("/projects/" + lombok + "/plan").with(as(COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Werkervaringsplaatsen op de bouwplaats")))
			.andExpect(content().string(containsString("data-chart=")))
			.andExpect(content().string(containsString("Loopt achter")))
			.andExpect(content().string(containsString("Opnemen in plan")));
		mvc.perform(get("/projects/" + lombok + "/plan").with(as(PARTNER_LEAD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Afspraak voorstellen")))
			.andExpect(content().string(not(containsString("Opnemen in plan"))));
		mvc.perform(get("/projects/" + lombok).with(as(PARTNER_LEAD))).andExpect(content().string(containsString("/plan")));
		mvc.perform(get("/projects/" + lombok).with(as(RESIDENT))).andExpect(content().string(not(containsString("/social-return"))));
	}

	@Test
	void commitmentFormShowsErrorsAndAPartnerProposal() throws Exception {
		UUID lombok = lombok().id();
		long before = count("commitment");
		mvc.perform(post("/projects/" + lombok + "/plan/commitments/new").with(as(COORDINATOR)).with(csrf())
			.param("theme", "LIVEABILITY").param("description", "").param("metric", "HOURS").param("target", "veel"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Vul dit veld in.")))
			.andExpect(content().string(containsString("Vul een bedrag in")));
		assertThat(count("commitment")).isEqualTo(before);
		UUID vanDam = organisations.findByName("Bouwbedrijf Van Dam").orElseThrow().id();
		mvc.perform(post("/projects/" + lombok + "/plan/commitments/new").with(as(PARTNER_LEAD)).with(csrf())
			.param("partnerId", vanDam.toString()).param("theme", "LIVEABILITY").param("description", "Schoonmaakactie")
			.param("metric", "ACTIVITIES").param("target", "1"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "commitment.proposed"));
		mvc.perform(get("/projects/" + lombok + "/plan/commitments/new").with(as(FIELD_WORKER))).andExpect(status().isForbidden());
	}

	@Test
	void partnerRegistersByFormAndSeesWhyAFakeFileIsRefused() throws Exception {
		UUID lombok = lombok().id();
		long before = count("contribution");
		mvc.perform(post("/projects/" + lombok + "/contributions/new").with(as(PARTNER_LEAD)).with(csrf())
			.param("kind", "PERSON").param("personRef", "Piet Puk").param("birthYear", "1990").param("block", "WW")
			.param("hoursPerWeek", "36").param("startDate", "2026-08-01").param("endDate", "2026-07-01"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("een pseudoniem, geen naam")))
			.andExpect(content().string(containsString("De einddatum ligt voor de startdatum.")));
		assertThat(count("contribution")).isEqualTo(before);
		String location = mvc.perform(post("/projects/" + lombok + "/contributions/new").with(as(PARTNER_LEAD)).with(csrf())
			.param("kind", "PERSON").param("personRef", "FORM-1").param("birthYear", "1990").param("block", "WW")
			.param("hoursPerWeek", "36").param("startDate", "2026-01-01").param("endDate", "2026-12-31"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(multipart(location + "/evidence").file(new MockMultipartFile("file", "x.pdf", "application/pdf", "MZ nep".getBytes()))
			.with(as(PARTNER_LEAD)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Alleen PDF, PNG of JPEG")));
		mvc.perform(multipart(location + "/evidence").file(new MockMultipartFile("file", "x.jpg", "image/jpeg",
				new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00 })).with(as(PARTNER_LEAD)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(location + "/review").with(as(COORDINATOR)).with(csrf()).param("approve", "false").param("reason", ""))
			.andExpect(flash().attribute("flashError", "review.reason.required"));
		mvc.perform(post(location + "/review").with(as(COORDINATOR)).with(csrf()).param("approve", "true"))
			.andExpect(flash().attribute("flash", "contribution.approved"));
		mvc.perform(get(location).with(as(COORDINATOR))).andExpect(content().string(containsString("Goedgekeurd")));
		mvc.perform(get(location).with(as(otherPartnerInProject()))).andExpect(status().isNotFound());
	}

	@Test
	void socialReturnPageShowsObligationsAndLetsTheCoordinatorSetThem() throws Exception {
		UUID lombok = lombok().id();
		mvc.perform(get("/projects/" + lombok + "/social-return").with(as(COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("€ 240.000,00")))
			.andExpect(content().string(containsString("Verplichtingen instellen")));
		mvc.perform(get("/projects/" + lombok + "/social-return").with(as(PARTNER_LEAD)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Installatietechniek Vecht"))))
			.andExpect(content().string(not(containsString("Verplichtingen instellen"))));
		UUID supplier = organisations.findByName("Isolatiehandel Midden").orElseThrow().id();
		mvc.perform(post("/projects/" + lombok + "/obligations/" + supplier).with(as(COORDINATOR)).with(csrf()).param("percentage", "200"))
			.andExpect(flash().attribute("flashError", "obligation.invalid"));
		mvc.perform(post("/projects/" + lombok + "/obligations/" + supplier).with(as(PARTNER_LEAD)).with(csrf()).param("percentage", "1"))
			.andExpect(status().isForbidden());
	}

	@Test
	void reportsPageTakesAPartnersReportAndRefusesABadPeriod() throws Exception {
		UUID lombok = lombok().id();
		mvc.perform(post("/projects/" + lombok + "/reports").with(as(PARTNER_LEAD)).with(csrf()).param("period", "vorig jaar").param("narrative", "x"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("jjjj-Qn")));
		mvc.perform(post("/projects/" + lombok + "/reports").with(as(PARTNER_LEAD)).with(csrf()).param("period", "2026-Q4").param("narrative", "Lopend."))
			.andExpect(redirectedUrlPattern("/projects/*/reports"));
		mvc.perform(get("/projects/" + lombok + "/reports").with(as(COORDINATOR)))
			.andExpect(content().string(containsString("2026-Q4")))
			.andExpect(content().string(containsString("Terugsturen")));
	}

	@Test
	void valueSetsAreAdminPages() throws Exception {
		mvc.perform(get("/admin/value-sets").with(as(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bouwblokkenmethode (Utrecht), standaard")));
		mvc.perform(get("/admin/value-sets/new").with(as(ADMIN))).andExpect(status().isOk());
		mvc.perform(post("/admin/value-sets/new").with(as(ADMIN)).with(csrf()).param("name", "Zonder bedragen").param("validFrom", "2031-01-01")
			.param("bonusEur", "0").param("activityHourEur", "0").param("purchaseRegisterPct", "100").param("purchaseOtherPct", "50")
			.param("psoFulfilmentPct", "0"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Vul een bedrag in voor")));
		mvc.perform(get("/admin/value-sets").with(as(COORDINATOR))).andExpect(status().isForbidden());
	}
}
