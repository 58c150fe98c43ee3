package nl.ketenimpact.participation.internal;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A self-work task in a dwelling; {@code risks} are the serious risks the work would carry (any one refuses it). */
public record TaskInput(@NotNull(message = "{validation.required}") UUID dwellingId,
		@NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.size.max}") String title,
		@Size(max = 1000, message = "{validation.size.max}") String description, Set<TaskRisk> risks,
		@NotNull(message = "{validation.required}") PerformerAge performerAge,
		@Size(max = 120, message = "{validation.size.max}") String supervisor) {
}
