package nl.ketenimpact.practice.web;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.ketenimpact.plan.Theme;
import nl.ketenimpact.practice.internal.PracticeInput;
import nl.ketenimpact.practice.internal.ResultKind;
import nl.ketenimpact.practice.internal.Visibility;

/** The publish form of a practice. */
public class PracticeForm {

	@NotBlank(message = "{validation.required}") @Size(max = 160, message = "{validation.size.max}") private String title;
	@NotEmpty(message = "{practice.themes.required}") private Set<Theme> themes = EnumSet.noneOf(Theme.class);
	@NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.size.max}") private String summary;
	@NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.size.max}") private String steps;
	@Size(max = 500, message = "{validation.size.max}") private String partnersInvolved;
	@DecimalMin(value = "0", message = "{validation.notNegative}") private BigDecimal hours;
	@DecimalMin(value = "0", message = "{validation.notNegative}") private BigDecimal budgetEur;
	@NotBlank(message = "{validation.required}") @Size(max = 160, message = "{validation.size.max}") private String contact;
	@NotNull(message = "{validation.required}") private Visibility visibility = Visibility.PLATFORM;
	private Set<ResultKind> results = EnumSet.noneOf(ResultKind.class);

	PracticeInput toInput(UUID projectId) {
		return new PracticeInput(projectId, title, themes, summary, steps, partnersInvolved, hours, budgetEur, contact, visibility, results);
	}

	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public Set<Theme> getThemes() { return themes; }
	public void setThemes(Set<Theme> themes) { this.themes = themes; }
	public String getSummary() { return summary; }
	public void setSummary(String summary) { this.summary = summary; }
	public String getSteps() { return steps; }
	public void setSteps(String steps) { this.steps = steps; }
	public String getPartnersInvolved() { return partnersInvolved; }
	public void setPartnersInvolved(String partnersInvolved) { this.partnersInvolved = partnersInvolved; }
	public BigDecimal getHours() { return hours; }
	public void setHours(BigDecimal hours) { this.hours = hours; }
	public BigDecimal getBudgetEur() { return budgetEur; }
	public void setBudgetEur(BigDecimal budgetEur) { this.budgetEur = budgetEur; }
	public String getContact() { return contact; }
	public void setContact(String contact) { this.contact = contact; }
	public Visibility getVisibility() { return visibility; }
	public void setVisibility(Visibility visibility) { this.visibility = visibility; }
	public Set<ResultKind> getResults() { return results; }
	public void setResults(Set<ResultKind> results) { this.results = results; }
}
