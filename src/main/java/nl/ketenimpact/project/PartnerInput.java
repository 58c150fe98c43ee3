package nl.ketenimpact.project;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/** A chain partner to add to a project: which organisation, in which role, for what contract value. */
public record PartnerInput(@NotNull(message = "{validation.required}") UUID organisationId,
		@NotNull(message = "{validation.required}") PartnerRole role,
		@NotNull(message = "{validation.required}") @DecimalMin(value = "0.00", message = "{partner.contractValue.negative}")
		@Digits(integer = 12, fraction = 2, message = "{partner.contractValue.digits}") BigDecimal contractValueEur) {
}
