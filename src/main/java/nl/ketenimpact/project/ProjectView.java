package nl.ketenimpact.project;

import java.time.LocalDate;
import java.util.UUID;


/** A project as listed and shown. {@code neighbourhood} and the dates may be null. */
public record ProjectView(UUID id, UUID corporationId, String corporationName, String name, String municipality,
		String neighbourhood, ProjectType projectType, LocalDate startDate, LocalDate endDate, ProjectStatus status,
		long dwellingCount, long partnerCount) {

	ProjectView withCorporationName(String name) {
		return new ProjectView(id, corporationId, name, this.name, municipality, neighbourhood, projectType, startDate, endDate,
				status, dwellingCount, partnerCount);
	}
}
