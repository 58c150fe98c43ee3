package nl.ketenimpact.project;

import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.ketenimpact.project.ProjectStatus;

/** A partial change of a project (API PATCH): null leaves a field as it is. */
public record ProjectPatch(
		@Pattern(regexp = "(?s).*\\S.*", message = "{validation.required}") @Size(max = 120, message = "{validation.size.max}") String name,
		@Pattern(regexp = "(?s).*\\S.*", message = "{validation.required}") @Size(max = 80, message = "{validation.size.max}") String municipality,
		@Size(max = 80, message = "{validation.size.max}") String neighbourhood, ProjectType projectType, LocalDate startDate,
		LocalDate endDate, ProjectStatus status) {
}
