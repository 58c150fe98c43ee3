package nl.ketenimpact.participation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What accepting an application settles: the placement's period, mentor, weekly hours and, if it counts, the social-return block. */
public record PlacementInput(LocalDate startDate, LocalDate endDate, String mentor, BigDecimal hoursPerWeek, String block) {
}
