package nl.ketenimpact.signal;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import nl.ketenimpact.IntegrationTestSupport;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.organisation.internal.UserDetailsInput;
import nl.ketenimpact.signal.internal.LawfulBasis;
import nl.ketenimpact.signal.internal.SignalAction;
import nl.ketenimpact.signal.internal.SignalFollowUp;
import nl.ketenimpact.signal.internal.TransitionInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every role of DESIGN §1, of the signal's own corporation and chain and of another corporation,
 * against every signal endpoint and page, with the one expected answer. A referred signal of
 * Lombok-West, reported by vakman@demo.nl and referred to Welzijn Wijkkracht.
 */
class SignalAuthorisationMatrixTests extends IntegrationTestSupport {

	static final String OTHER_SOCIAL_WORKER = "wijk@zuid.test";
	static final String OTHER_FIELD_WORKER = "vak@kempen.test";
	static final String OTHER_CASE_WORKER = "zorg@roc.test";
	static final String SOCIAL_WORKER = "wijkconsulent@demo.nl";

	@Autowired
	SignalIntake intake;

	@Autowired
	SignalFollowUp followUp;

	private static UUID signal;

	@BeforeEach
	void referredSignal() {
		ensure(OTHER_SOCIAL_WORKER, "Woongoed Zuid", Role.SOCIAL_WORKER);
		ensure(OTHER_FIELD_WORKER, "Bouwcombinatie Kempen", Role.FIELD_WORKER);
		ensure(OTHER_CASE_WORKER, "ROC Stichtse Vakschool", Role.CASE_WORKER);
		if (signal == null) {
			UUID lombok = lombok().id();
			signal = intake.register(user(FIELD_WORKER), lombok, new SignalInput(null, Set.of(SignalCategory.LONELINESS), Urgency.NORMAL,
					"Matrix: bewoner zit de hele dag alleen"));
			followUp.transition(user(SOCIAL_WORKER), signal, TransitionInput.of(SignalAction.PICK_UP));
			followUp.transition(user(SOCIAL_WORKER), signal, new TransitionInput(SignalAction.REFER, null, null,
					organisations.findByName("Welzijn Wijkkracht").orElseThrow().id(), LawfulBasis.CONSENT, LocalDate.now(), null, null, null, null));
		}
	}

	private void ensure(String username, String organisation, Role role) {
		if (users.activeByUsername(username).isEmpty()) {
			administration.create(user(ADMIN), new UserDetailsInput(username, "Matrix " + role, organisations.findByName(organisation).orElseThrow().id(),
					Set.of(role), "matrix-wachtwoord"));
		}
	}

	/** user, GET api signal, POST api transition (RECORD_CONTACT), POST api register in Lombok-West, GET page, GET api access log. */
	static Stream<Arguments> matrix() {
		return Stream.of(
				// the signal's own corporation and its chain
				Arguments.of(ADMIN, 404, 404, 404, 404, 403),
				Arguments.of(COORDINATOR, 403, 403, 403, 403, 200),
				Arguments.of(PROJECT_LEAD, 403, 403, 403, 403, 403),
				Arguments.of(SOCIAL_WORKER, 200, 200, 201, 200, 403),
				Arguments.of(PARTNER_LEAD, 404, 404, 403, 404, 403),
				Arguments.of(FIELD_WORKER, 200, 403, 201, 200, 403),
				Arguments.of(CASE_WORKER, 200, 403, 403, 200, 403),
				Arguments.of(OTHER_CASE_WORKER, 404, 404, 403, 404, 403),
				Arguments.of(RESIDENT, 404, 404, 404, 404, 403),
				// another corporation and its chain
				Arguments.of("coordinator@zuid.demo.nl", 404, 404, 404, 404, 200),
				Arguments.of(OTHER_PROJECT_LEAD, 404, 404, 404, 404, 403),
				Arguments.of(OTHER_SOCIAL_WORKER, 404, 404, 404, 404, 403),
				Arguments.of(OTHER_PARTNER_LEAD, 404, 404, 404, 404, 403),
				Arguments.of(OTHER_FIELD_WORKER, 404, 404, 404, 404, 403),
				Arguments.of(OTHER_RESIDENT, 404, 404, 404, 404, 403));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("matrix")
	void everyRoleGetsExactlyItsAnswer(String username, int read, int transition, int register, int page, int log) throws Exception {
		String token = bearer(username);
		mvc.perform(get("/api/v1/signals/" + signal).header("Authorization", token)).andExpect(status().is(read));
		mvc.perform(post("/api/v1/signals/" + signal + "/transitions").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\":\"RECORD_CONTACT\",\"response\":\"NOT_REACHED\"}")).andExpect(status().is(transition));
		mvc.perform(post("/api/v1/projects/" + lombok().id() + "/signals").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"categories\":[\"OTHER\"],\"urgency\":\"NORMAL\",\"observation\":\"Matrix melding\"}")).andExpect(status().is(register));
		mvc.perform(get("/signals/" + signal).with(as(username))).andExpect(status().is(page));
		mvc.perform(get("/api/v1/signals/log").header("Authorization", token)).andExpect(status().is(log));
		mvc.perform(get("/api/v1/signals").header("Authorization", token)).andExpect(status().isOk());
		mvc.perform(post("/signals/" + signal + "/transitions").with(as(username)).with(csrf()).param("action", "RECORD_CONTACT")
			.param("response", "NOT_REACHED")).andExpect(transition == 200 ? status().is3xxRedirection() : status().is(transition));
	}
}
