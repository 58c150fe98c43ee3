package nl.ketenimpact.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Manual progress on a commitment, backed by an evidence file where the records cannot show it. */
public record ProgressInput(
		@NotNull(message = "{validation.required}") @DecimalMin(value = "0.01", message = "{progress.amount.positive}")
		@Digits(integer = 12, fraction = 2, message = "{commitment.target.digits}") BigDecimal amount,
		@NotNull(message = "{validation.required}") LocalDate occurredOn,
		@NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.size.max}") String note) {
}
