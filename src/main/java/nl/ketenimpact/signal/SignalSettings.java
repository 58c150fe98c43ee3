package nl.ketenimpact.signal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Triage deadlines in working days and the retention period of signal content; set by ADMIN. */
public record SignalSettings(
		@NotNull(message = "{validation.required}") @Min(value = 1, message = "{signal.settings.range}") @Max(value = 30, message = "{signal.settings.range}") Integer triageDays,
		@NotNull(message = "{validation.required}") @Min(value = 1, message = "{signal.settings.range}") @Max(value = 30, message = "{signal.settings.range}") Integer urgentDays,
		@NotNull(message = "{validation.required}") @Min(value = 1, message = "{signal.settings.retentionRange}") @Max(value = 120, message = "{signal.settings.retentionRange}") Integer retentionMonths) {
}
