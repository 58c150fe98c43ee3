package nl.ketenimpact.signal;

import java.util.Set;
import java.util.UUID;

import nl.ketenimpact.IntegrationTestSupport;
import nl.ketenimpact.signal.internal.SignalAction;
import nl.ketenimpact.signal.internal.SignalFollowUp;
import nl.ketenimpact.signal.internal.TransitionInput;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SignalPagesTests extends IntegrationTestSupport {

	static final String SOCIAL_WORKER = "wijkconsulent@demo.nl";

	@Autowired
	SignalIntake intake;

	@Autowired
	SignalFollowUp followUp;

	@Test
	void theWorkerGoesStraightToTheFormOfTheirRunningProjectAndSeesWhatIsMissing() throws Exception {
		UUID lombok = lombok().id();
		mvc.perform(get("/signals/new").with(as(FIELD_WORKER))).andExpect(redirectedUrl("/projects/" + lombok + "/signals/new"));
		mvc.perform(get("/projects/" + lombok + "/signals/new").with(as(FIELD_WORKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bel eerst 112")))
			.andExpect(content().string(containsString("geen BSN")));
		long before = count("signal");
		mvc.perform(post("/projects/" + lombok + "/signals/new").with(as(FIELD_WORKER)).with(csrf()).param("urgency", "NORMAL").param("observation", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Kies minstens één onderwerp.")))
			.andExpect(content().string(containsString("Vul dit veld in.")));
		assertThat(count("signal")).isEqualTo(before);
		mvc.perform(post("/projects/" + lombok + "/signals/new").with(as(FIELD_WORKER)).with(csrf()).param("urgency", "ACUTE")
			.param("categories", "UNSAFE").param("observation", "Gaslucht in het trappenhuis"))
			.andExpect(redirectedUrl("/signals"))
			.andExpect(flash().attribute("flash", "signal.registeredAcute"));
		mvc.perform(get("/projects/" + lombok + "/signals/dwellings").param("q", "Damstraat").with(as(FIELD_WORKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Damstraat")))
			.andExpect(content().string(not(containsString("<html"))));
		mvc.perform(get("/projects/" + woensel() + "/signals/dwellings").param("q", "a").with(as(FIELD_WORKER))).andExpect(status().isNotFound());
	}

	@Test
	void aClosedSignalOpensOnlyWithAReason() throws Exception {
		UUID signal = intake.register(user(FIELD_WORKER), lombok().id(), new SignalInput(null, Set.of(SignalCategory.OTHER), Urgency.NORMAL, "Reden-test"));
		followUp.transition(user(SOCIAL_WORKER), signal, TransitionInput.of(SignalAction.PICK_UP));
		followUp.transition(user(SOCIAL_WORKER), signal, new TransitionInput(SignalAction.CLOSE, null, null, null, null, null, null, null,
				Outcome.NO_ACTION_NEEDED, null));
		mvc.perform(get("/signals/" + signal).with(as(SOCIAL_WORKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Reden van inzage")))
			.andExpect(content().string(not(containsString("Reden-test"))));
		mvc.perform(post("/signals/" + signal + "/open").with(as(SOCIAL_WORKER)).with(csrf()).param("reason", " "))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/signals/" + signal + "/open").with(as(SOCIAL_WORKER)).with(csrf()).param("reason", "Vraag van de huurder"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Reden-test")));
	}

	@Test
	void aReferralWithoutLawfulBasisShowsWhyOnThePage() throws Exception {
		UUID signal = intake.register(user(FIELD_WORKER), lombok().id(), new SignalInput(null, Set.of(SignalCategory.HEALTH), Urgency.NORMAL, "Pagina-test"));
		followUp.transition(user(SOCIAL_WORKER), signal, TransitionInput.of(SignalAction.PICK_UP));
		UUID welfare = organisations.findByName("Welzijn Wijkkracht").orElseThrow().id();
		mvc.perform(post("/signals/" + signal + "/transitions").with(as(SOCIAL_WORKER)).with(csrf()).param("action", "REFER")
			.param("organisationId", welfare.toString()))
			.andExpect(redirectedUrl("/signals/" + signal))
			.andExpect(flash().attributeExists("transitionErrors"));
		assertThat(count("referral where signal_id = '" + signal + "'")).isZero();
	}

	@Test
	void theOverviewShowsEachRoleItsOwnParts() throws Exception {
		intake.register(user(FIELD_WORKER), lombok().id(), new SignalInput(null, Set.of(SignalCategory.LONELINESS), Urgency.NORMAL, "Overzicht-test"));
		mvc.perform(get("/signals").with(as(SOCIAL_WORKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Openstaande zorgsignalen")))
			.andExpect(content().string(containsString("Verduurzaming Lombok-West")))
			.andExpect(content().string(not(containsString("Doorverwijzingen aan uw organisatie"))));
		mvc.perform(get("/signals").with(as(CASE_WORKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Doorverwijzingen aan uw organisatie")))
			.andExpect(content().string(not(containsString("Openstaande zorgsignalen"))));
		mvc.perform(get("/signals").with(as(FIELD_WORKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mijn meldingen")))
			.andExpect(content().string(not(containsString("Openstaande zorgsignalen"))))
			.andExpect(content().string(not(containsString("Doorverwijzingen aan uw organisatie"))))
			// A reporter sees the status of their report, never its text.
			.andExpect(content().string(not(containsString("Overzicht-test"))));
	}

	@Test
	void theCoordinatorReadsTheLogButNotTheSignals() throws Exception {
		mvc.perform(get("/signals/log").with(as(COORDINATOR))).andExpect(status().isOk()).andExpect(content().string(containsString("Inzagelog")));
		mvc.perform(get("/signals/log").with(as(SOCIAL_WORKER))).andExpect(status().isForbidden());
		mvc.perform(get("/signals").with(as(COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Openstaande zorgsignalen"))));
	}
}
