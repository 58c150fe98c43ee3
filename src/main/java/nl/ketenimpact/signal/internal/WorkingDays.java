package nl.ketenimpact.signal.internal;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;

import nl.ketenimpact.shared.DutchHolidays;

/** SLA deadlines in working days (Monday to Friday, not on a Dutch public holiday), at the same time of day. */
public final class WorkingDays {

	private WorkingDays() {
	}

	public static ZonedDateTime add(ZonedDateTime start, int days) {
		ZonedDateTime result = start;
		int added = 0;
		while (added < days) {
			result = result.plusDays(1);
			if (result.getDayOfWeek() != DayOfWeek.SATURDAY && result.getDayOfWeek() != DayOfWeek.SUNDAY
					&& !DutchHolidays.isHoliday(result.toLocalDate())) {
				added++;
			}
		}
		return result;
	}
}
