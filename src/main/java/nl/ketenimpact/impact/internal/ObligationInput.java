package nl.ketenimpact.impact.internal;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A partner's social-return percentage (default 5) and PSO step (0–5, or null when it has no certificate). */
public record ObligationInput(
		@NotNull(message = "{validation.required}") @DecimalMin(value = "0", message = "{validation.notNegative}") @DecimalMax(value = "100", message = "{validation.percentage}") BigDecimal percentage,
		@Min(value = 0, message = "{obligation.psoStep.invalid}") @Max(value = 5, message = "{obligation.psoStep.invalid}") Integer psoStep) {
}
