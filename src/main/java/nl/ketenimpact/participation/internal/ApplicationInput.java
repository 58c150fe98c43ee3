package nl.ketenimpact.participation.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An application (resident) or proposal (case worker: {@code candidateRef}, a pseudonym; null for a resident). */
public record ApplicationInput(
		@NotBlank(message = "{validation.required}") @Size(max = 1000, message = "{validation.size.max}") String motivation,
		@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.size.max}") String availability,
		@Size(max = 40, message = "{validation.size.max}") String candidateRef) {
}
