package nl.ketenimpact.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A period report: the quarter (e.g. {@code 2026-Q3}) and a short narrative. */
public record ReportInput(
		@NotBlank(message = "{validation.required}") @Pattern(regexp = "^(20[2-9][0-9])-Q[1-4]$", message = "{report.period.invalid}") String period,
		@NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.size.max}") String narrative) {
}
