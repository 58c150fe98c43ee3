package nl.ketenimpact.participation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;


/** An activity; {@code heldOn} is the planned date while it is {@link ActivityStatus#PLANNED} (then all counts are zero). */
public record ActivityView(UUID id, UUID projectId, String organiserName, ActivityType type, String title, LocalDate heldOn,
		List<String> partnerNames, int children, int adults, int residents, BigDecimal staffVolunteerHours, int parentalConsents,
		ActivityStatus status, List<UUID> partnerIds) {

	public boolean planned() {
		return status == ActivityStatus.PLANNED;
	}
}
