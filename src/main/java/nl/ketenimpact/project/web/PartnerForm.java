package nl.ketenimpact.project.web;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import nl.ketenimpact.project.PartnerInput;
import nl.ketenimpact.project.PartnerRole;

/** The chain-partner form as the browser posts it. */
public class PartnerForm {

	@NotNull(message = "{validation.required}")
	private UUID organisationId;

	@NotNull(message = "{validation.required}")
	private PartnerRole role;

	@NotNull(message = "{validation.required}")
	@DecimalMin(value = "0.00", message = "{partner.contractValue.negative}")
	@Digits(integer = 12, fraction = 2, message = "{partner.contractValue.digits}")
	private BigDecimal contractValueEur;

	PartnerInput toInput() {
		return new PartnerInput(organisationId, role, contractValueEur);
	}

	public UUID getOrganisationId() { return organisationId; }
	public void setOrganisationId(UUID organisationId) { this.organisationId = organisationId; }
	public PartnerRole getRole() { return role; }
	public void setRole(PartnerRole role) { this.role = role; }
	public BigDecimal getContractValueEur() { return contractValueEur; }
	public void setContractValueEur(BigDecimal contractValueEur) { this.contractValueEur = contractValueEur; }
}
