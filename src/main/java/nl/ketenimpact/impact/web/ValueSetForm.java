package nl.ketenimpact.impact.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.ketenimpact.impact.internal.Block;
import nl.ketenimpact.impact.internal.ValueSet;
import nl.ketenimpact.impact.internal.ValueSetInput;

import org.springframework.format.annotation.DateTimeFormat;

/** The value-set form of the admin pages. */
public class ValueSetForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 120, message = "{validation.size.max}")
	private String name;

	@Size(max = 80, message = "{validation.size.max}")
	private String municipality;

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validFrom;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validTo;

	private Map<Block, BigDecimal> amounts = new EnumMap<>(Block.class);

	@NotNull(message = "{validation.required}")
	@DecimalMin(value = "0", message = "{validation.notNegative}")
	private BigDecimal bonusEur;

	@NotNull(message = "{validation.required}")
	@DecimalMin(value = "0", message = "{validation.notNegative}")
	private BigDecimal activityHourEur;

	@NotNull(message = "{validation.required}")
	@DecimalMin(value = "0", message = "{validation.notNegative}")
	@DecimalMax(value = "100", message = "{validation.percentage}")
	private BigDecimal purchaseRegisterPct;

	@NotNull(message = "{validation.required}")
	@DecimalMin(value = "0", message = "{validation.notNegative}")
	@DecimalMax(value = "100", message = "{validation.percentage}")
	private BigDecimal purchaseOtherPct;

	@NotNull(message = "{validation.required}")
	@DecimalMin(value = "0", message = "{validation.notNegative}")
	@DecimalMax(value = "100", message = "{validation.percentage}")
	private BigDecimal psoFulfilmentPct;

	static ValueSetForm of(ValueSet set) {
		ValueSetForm form = new ValueSetForm();
		form.name = set.name();
		form.municipality = set.municipality();
		form.validFrom = set.validFrom();
		form.validTo = set.validTo();
		form.amounts = new EnumMap<>(Block.class);
		form.amounts.putAll(set.amounts());
		form.bonusEur = set.bonusEur();
		form.activityHourEur = set.activityHourEur();
		form.purchaseRegisterPct = set.purchaseRegisterPct();
		form.purchaseOtherPct = set.purchaseOtherPct();
		form.psoFulfilmentPct = set.psoFulfilmentPct();
		return form;
	}

	ValueSetInput toInput() {
		Map<Block, BigDecimal> given = new EnumMap<>(Block.class);
		amounts.forEach((block, amount) -> {
			if (amount != null) {
				given.put(block, amount);
			}
		});
		return new ValueSetInput(name, municipality, validFrom, validTo, given, bonusEur, activityHourEur, purchaseRegisterPct, purchaseOtherPct,
				psoFulfilmentPct);
	}

	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getMunicipality() { return municipality; }
	public void setMunicipality(String municipality) { this.municipality = municipality; }
	public LocalDate getValidFrom() { return validFrom; }
	public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
	public LocalDate getValidTo() { return validTo; }
	public void setValidTo(LocalDate validTo) { this.validTo = validTo; }
	public Map<Block, BigDecimal> getAmounts() { return amounts; }
	public void setAmounts(Map<Block, BigDecimal> amounts) { this.amounts = amounts; }
	public BigDecimal getBonusEur() { return bonusEur; }
	public void setBonusEur(BigDecimal bonusEur) { this.bonusEur = bonusEur; }
	public BigDecimal getActivityHourEur() { return activityHourEur; }
	public void setActivityHourEur(BigDecimal activityHourEur) { this.activityHourEur = activityHourEur; }
	public BigDecimal getPurchaseRegisterPct() { return purchaseRegisterPct; }
	public void setPurchaseRegisterPct(BigDecimal purchaseRegisterPct) { this.purchaseRegisterPct = purchaseRegisterPct; }
	public BigDecimal getPurchaseOtherPct() { return purchaseOtherPct; }
	public void setPurchaseOtherPct(BigDecimal purchaseOtherPct) { this.purchaseOtherPct = purchaseOtherPct; }
	public BigDecimal getPsoFulfilmentPct() { return psoFulfilmentPct; }
	public void setPsoFulfilmentPct(BigDecimal psoFulfilmentPct) { this.psoFulfilmentPct = psoFulfilmentPct; }
}
