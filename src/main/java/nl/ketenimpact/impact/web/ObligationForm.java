package nl.ketenimpact.impact.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A partner's percentage and PSO step, as posted from the social-return page. */
public class ObligationForm {

	@NotNull
	@DecimalMin("0")
	@DecimalMax("100")
	private BigDecimal percentage;

	@Min(0)
	@Max(5)
	private Integer psoStep;

	public BigDecimal getPercentage() { return percentage; }
	public void setPercentage(BigDecimal percentage) { this.percentage = percentage; }
	public Integer getPsoStep() { return psoStep; }
	public void setPsoStep(Integer psoStep) { this.psoStep = psoStep; }
}
