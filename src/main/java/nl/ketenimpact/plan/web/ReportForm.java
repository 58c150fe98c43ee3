package nl.ketenimpact.plan.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.ketenimpact.plan.ReportInput;

/** The period report form. */
public class ReportForm {

	@NotBlank(message = "{validation.required}")
	@Pattern(regexp = "^(20[2-9][0-9])-Q[1-4]$", message = "{report.period.invalid}")
	private String period;

	@NotBlank(message = "{validation.required}")
	@Size(max = 4000, message = "{validation.size.max}")
	private String narrative;

	ReportInput toInput() {
		return new ReportInput(period, narrative);
	}

	public String getPeriod() { return period; }
	public void setPeriod(String period) { this.period = period; }
	public String getNarrative() { return narrative; }
	public void setNarrative(String narrative) { this.narrative = narrative; }
}
