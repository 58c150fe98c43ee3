package nl.ketenimpact.participation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record ActivityView(UUID id, UUID projectId, String organiserName, ActivityType type, String title, LocalDate heldOn,
		List<String> partnerNames, int children, int adults, int residents, BigDecimal staffVolunteerHours, int parentalConsents) {
}
