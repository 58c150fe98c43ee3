package nl.ketenimpact.participation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.ketenimpact.participation.ActivityType;

/** An activity: counts only, never names; parental consents are counted for children on a site excursion. */
public record ActivityInput(@NotNull(message = "{validation.required}") ActivityType type,
		@NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.size.max}") String title,
		@NotNull(message = "{validation.required}") LocalDate heldOn, Set<UUID> partnerIds,
		@NotNull(message = "{validation.required}") @Min(value = 0, message = "{validation.notNegative}") @Max(value = 10000, message = "{activity.count.range}") Integer children,
		@NotNull(message = "{validation.required}") @Min(value = 0, message = "{validation.notNegative}") @Max(value = 10000, message = "{activity.count.range}") Integer adults,
		@NotNull(message = "{validation.required}") @Min(value = 0, message = "{validation.notNegative}") @Max(value = 10000, message = "{activity.count.range}") Integer residents,
		@NotNull(message = "{validation.required}") @DecimalMin(value = "0", message = "{validation.notNegative}") @DecimalMax(value = "100000", message = "{activity.count.range}") BigDecimal staffVolunteerHours,
		@NotNull(message = "{validation.required}") @Min(value = 0, message = "{validation.notNegative}") Integer parentalConsents) {
}
