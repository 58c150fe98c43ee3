package nl.ketenimpact.impact.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A value set as an admin enters it; {@code municipality} empty means the default set. */
public record ValueSetInput(
		@NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.size.max}") String name,
		@Size(max = 80, message = "{validation.size.max}") String municipality,
		@NotNull(message = "{validation.required}") LocalDate validFrom, LocalDate validTo,
		@NotEmpty(message = "{valueSet.amounts.required}") Map<Block, @NotNull(message = "{validation.required}") @DecimalMin(value = "0", message = "{validation.notNegative}") BigDecimal> amounts,
		@NotNull(message = "{validation.required}") @DecimalMin(value = "0", message = "{validation.notNegative}") BigDecimal bonusEur,
		@NotNull(message = "{validation.required}") @DecimalMin(value = "0", message = "{validation.notNegative}") BigDecimal activityHourEur,
		@NotNull(message = "{validation.required}") @DecimalMin(value = "0", message = "{validation.notNegative}") @DecimalMax(value = "100", message = "{validation.percentage}") BigDecimal purchaseRegisterPct,
		@NotNull(message = "{validation.required}") @DecimalMin(value = "0", message = "{validation.notNegative}") @DecimalMax(value = "100", message = "{validation.percentage}") BigDecimal purchaseOtherPct,
		@NotNull(message = "{validation.required}") @DecimalMin(value = "0", message = "{validation.notNegative}") @DecimalMax(value = "100", message = "{validation.percentage}") BigDecimal psoFulfilmentPct) {
}
