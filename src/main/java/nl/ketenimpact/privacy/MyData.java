package nl.ketenimpact.privacy;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.PersonalData;
import nl.ketenimpact.shared.AuditLog;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Mijn gegevens" (AVG art. 15 and 20): everything the platform holds on the signed-in person, from every module
 * through the {@link PersonalData} SPI, in one export (the page, JSON and PDF show the same).
 */
@Service
public class MyData {

	/** The person's data: per part (in the modules' order) its records. */
	public record Export(OffsetDateTime generatedAt, String username, Map<String, List<Map<String, Object>>> parts) {
	}

	private final List<PersonalData> sources;

	private final AuditLog audit;

	private final Clock clock;

	MyData(ObjectProvider<PersonalData> sources, AuditLog audit, Clock clock) {
		this.sources = sources.orderedStream().toList();
		this.audit = audit;
		this.clock = clock;
	}

	/** The person's own data; {@code download} is logged (that it happened, not what it held). */
	@Transactional
	public Export of(CurrentUser person, boolean download) {
		Map<String, List<Map<String, Object>>> parts = new LinkedHashMap<>();
		for (PersonalData source : sources) {
			source.of(person).forEach(part -> parts.merge(part.key(), part.records(), (a, b) -> {
				List<Map<String, Object>> both = new java.util.ArrayList<>(a);
				both.addAll(b);
				return both;
			}));
		}
		if (download) {
			audit.record(person.id(), person.organisationId(), "PERSONAL_DATA_DOWNLOADED", "user", person.id(), "parts=" + parts.size());
		}
		return new Export(OffsetDateTime.now(clock), person.username(), parts);
	}
}
