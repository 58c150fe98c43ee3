package nl.ketenimpact.participation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/**
 * A payment to a resident. {@code paidAsIncome} is the explicit choice to pay above the volunteer caps
 * as income; {@code confirmPayer} acknowledges that a payer liable for corporate tax pays a volunteer allowance.
 */
public record PaymentInput(@NotNull(message = "{validation.required}") UUID residentUserId,
		@NotNull(message = "{validation.required}") UUID payerId, @NotNull(message = "{validation.required}") LocalDate paidOn,
		@NotNull(message = "{validation.required}") @DecimalMin(value = "0.01", message = "{validation.positive}") @Digits(integer = 8, fraction = 2, message = "{contribution.amount.invalid}") BigDecimal amount,
		@DecimalMin(value = "0.1", message = "{validation.positive}") @Digits(integer = 5, fraction = 1, message = "{contribution.amount.invalid}") BigDecimal hours,
		@NotNull(message = "{validation.required}") CompensationKind kind, boolean age21Plus, boolean paidAsIncome, boolean confirmPayer,
		UUID taskId) {
}
