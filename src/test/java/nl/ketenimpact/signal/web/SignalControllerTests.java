package nl.ketenimpact.signal.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.OrganisationType;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.project.Dwellings;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.shared.FieldMessage;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.signal.SignalIntake;
import nl.ketenimpact.signal.SignalStatistics;
import nl.ketenimpact.signal.internal.SignalAction;
import nl.ketenimpact.signal.internal.SignalFollowUp;
import nl.ketenimpact.signal.internal.SignalReading;
import nl.ketenimpact.signal.internal.TransitionInput;
import nl.ketenimpact.web.SliceUsers;
import nl.ketenimpact.web.WebSlice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The signal page's step form binds one record; a step the aggregate refuses goes back to the page as its messages. */
@WebMvcTest(SignalController.class)
@WebSlice
class SignalControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	SignalIntake intake;

	@MockitoBean
	SignalFollowUp followUp;

	@MockitoBean
	SignalReading reading;

	@MockitoBean
	SignalStatistics statistics;

	@MockitoBean
	ProjectManagement projects;

	@MockitoBean
	Dwellings dwellings;

	private final CurrentUser socialWorker = new CurrentUser(UUID.randomUUID(), "wijk@slice.test", "Wies Wijk", SliceUsers.CORPORATION,
			"Woonstichting Slice", OrganisationType.HOUSING_CORPORATION, java.util.Set.of(Role.SOCIAL_WORKER));

	private final UUID signal = UUID.randomUUID();

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aFailedContactAttemptIsBoundWithItsDateAndTheWorkerReturnsToTheSignal() throws Exception {
		mvc.perform(post("/signals/" + signal + "/transitions").param("action", "CONTACT_ATTEMPT_FAILED").param("retryOn", "2026-12-07")
				.param("note", "Niet thuis").with(SliceUsers.signedIn(socialWorker)))
			.andExpect(redirectedUrl("/signals/" + signal))
			.andExpect(flash().attribute("flash", "signal.action.done.CONTACT_ATTEMPT_FAILED"));
		ArgumentCaptor<TransitionInput> input = ArgumentCaptor.forClass(TransitionInput.class);
		verify(followUp).transition(eq(socialWorker), eq(signal), input.capture());
		assertThat(input.getValue().action()).isEqualTo(SignalAction.CONTACT_ATTEMPT_FAILED);
		assertThat(input.getValue().retryOn()).isEqualTo(LocalDate.of(2026, 12, 7));
		assertThat(input.getValue().note()).isEqualTo("Niet thuis");
	}

	@Test
	void aStepThatIsNotOneOfTheChoicesIsABadRequestAndNothingHappens() throws Exception {
		mvc.perform(post("/signals/" + signal + "/transitions").param("action", "DELETE_EVERYTHING").with(SliceUsers.signedIn(socialWorker)))
			.andExpect(status().isBadRequest());
		verify(followUp, never()).transition(any(), any(), any());
	}

	@Test
	void aStepTheSignalRefusesComesBackAsTheMessagesOfItsFields() throws Exception {
		doThrow(new InvalidInput("retryOn", "validation.required")).when(followUp).transition(eq(socialWorker), eq(signal), any());
		mvc.perform(post("/signals/" + signal + "/transitions").param("action", "CONTACT_ATTEMPT_FAILED").with(SliceUsers.signedIn(socialWorker)))
			.andExpect(redirectedUrl("/signals/" + signal))
			.andExpect(flash().attribute("transitionErrors", List.of(new FieldMessage("retryOn", "validation.required"))));
	}
}
