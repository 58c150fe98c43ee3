package nl.ketenimpact.impact.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotNull;
import nl.ketenimpact.impact.ContributionKind;
import nl.ketenimpact.impact.internal.Block;
import nl.ketenimpact.impact.internal.Bonus;
import nl.ketenimpact.impact.internal.ContributionInput;

import org.springframework.format.annotation.DateTimeFormat;

/** The contribution form; the rules per kind live in the impact module. */
public class ContributionForm {

	@NotNull(message = "{validation.required}")
	private ContributionKind kind = ContributionKind.PERSON;
	private String personRef;
	private Integer birthYear;
	private Block block;
	private BigDecimal hoursPerWeek;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endDate;
	private Set<Bonus> bonuses = EnumSet.noneOf(Bonus.class);
	private String supplier;
	private BigDecimal amountEur;
	private boolean register;
	private BigDecimal hours;

	ContributionInput toInput() {
		return new ContributionInput(kind, personRef, birthYear, block, hoursPerWeek, startDate, endDate, bonuses, supplier, amountEur, register,
				hours);
	}

	public ContributionKind getKind() { return kind; }
	public void setKind(ContributionKind kind) { this.kind = kind; }
	public String getPersonRef() { return personRef; }
	public void setPersonRef(String personRef) { this.personRef = personRef; }
	public Integer getBirthYear() { return birthYear; }
	public void setBirthYear(Integer birthYear) { this.birthYear = birthYear; }
	public Block getBlock() { return block; }
	public void setBlock(Block block) { this.block = block; }
	public BigDecimal getHoursPerWeek() { return hoursPerWeek; }
	public void setHoursPerWeek(BigDecimal hoursPerWeek) { this.hoursPerWeek = hoursPerWeek; }
	public LocalDate getStartDate() { return startDate; }
	public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
	public LocalDate getEndDate() { return endDate; }
	public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
	public Set<Bonus> getBonuses() { return bonuses; }
	public void setBonuses(Set<Bonus> bonuses) { this.bonuses = bonuses; }
	public String getSupplier() { return supplier; }
	public void setSupplier(String supplier) { this.supplier = supplier; }
	public BigDecimal getAmountEur() { return amountEur; }
	public void setAmountEur(BigDecimal amountEur) { this.amountEur = amountEur; }
	public boolean isRegister() { return register; }
	public void setRegister(boolean register) { this.register = register; }
	public BigDecimal getHours() { return hours; }
	public void setHours(BigDecimal hours) { this.hours = hours; }
}
