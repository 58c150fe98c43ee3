package nl.ketenimpact.project;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a project lead enters for a project. {@code neighbourhood} and the dates may be null. */
public record ProjectInput(
		@NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.size.max}") String name,
		@NotBlank(message = "{validation.required}") @Size(max = 80, message = "{validation.size.max}") String municipality,
		@Size(max = 80, message = "{validation.size.max}") String neighbourhood,
		@NotNull(message = "{validation.required}") ProjectType projectType, LocalDate startDate, LocalDate endDate) {
}
