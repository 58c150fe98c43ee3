package nl.ketenimpact.signal;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A signal as the worker registers it: facts, no diagnoses, no BSN. {@code dwellingId} may be null. */
public record SignalInput(UUID dwellingId, @NotEmpty(message = "{signal.categories.required}") Set<SignalCategory> categories,
		@NotNull(message = "{validation.required}") Urgency urgency,
		@NotBlank(message = "{validation.required}") @Size(max = 1000, message = "{validation.size.max}") String observation) {
}
