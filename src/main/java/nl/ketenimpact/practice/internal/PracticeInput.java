package nl.ketenimpact.practice.internal;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.ketenimpact.plan.Theme;

/** A practice as published; {@code results} are the result kinds to attach (their values come from the records). */
public record PracticeInput(@NotNull(message = "{validation.required}") UUID projectId,
		@NotBlank(message = "{validation.required}") @Size(max = 160, message = "{validation.size.max}") String title,
		@NotEmpty(message = "{practice.themes.required}") Set<Theme> themes,
		@NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.size.max}") String summary,
		@NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.size.max}") String steps,
		@Size(max = 500, message = "{validation.size.max}") String partnersInvolved,
		@DecimalMin(value = "0", message = "{validation.notNegative}") BigDecimal hours,
		@DecimalMin(value = "0", message = "{validation.notNegative}") BigDecimal budgetEur,
		@NotBlank(message = "{validation.required}") @Size(max = 160, message = "{validation.size.max}") String contact,
		@NotNull(message = "{validation.required}") Visibility visibility, Set<ResultKind> results) {
}
