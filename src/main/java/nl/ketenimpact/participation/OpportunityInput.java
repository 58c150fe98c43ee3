package nl.ketenimpact.participation;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An opportunity as published; {@code endDate}, {@code requirements}, {@code compensation} and the guarantee condition may be null. */
public record OpportunityInput(@NotNull(message = "{validation.required}") OpportunityType type,
		@NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.size.max}") String title,
		@NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.size.max}") String description,
		@NotNull(message = "{validation.required}") @Min(value = 1, message = "{opportunity.places.range}") @Max(value = 500, message = "{opportunity.places.range}") Integer places,
		@NotNull(message = "{validation.required}") LocalDate startDate, LocalDate endDate,
		@Size(max = 1000, message = "{validation.size.max}") String requirements,
		@Size(max = 300, message = "{validation.size.max}") String compensation, Boolean jobGuarantee,
		@Size(max = 500, message = "{validation.size.max}") String jobGuaranteeCondition) {

	/** Whether a job guarantee applies; absent means no. */
	public boolean guaranteed() {
		return Boolean.TRUE.equals(jobGuarantee);
	}
}
