package nl.ketenimpact.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A commitment as drafted or proposed. {@code partnerId} is the chain partner's organisation id, or
 * null for the corporation itself; {@code dueDate} may be null.
 */
public record CommitmentInput(UUID partnerId, @NotNull(message = "{validation.required}") Theme theme,
		@NotBlank(message = "{validation.required}") @Size(max = 1000, message = "{validation.size.max}") String description,
		@NotNull(message = "{validation.required}") Metric metric,
		@NotNull(message = "{validation.required}") @DecimalMin(value = "0.01", message = "{commitment.target.positive}")
		@Digits(integer = 12, fraction = 2, message = "{commitment.target.digits}") BigDecimal target,
		LocalDate dueDate) {
}
