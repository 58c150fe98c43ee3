package nl.ketenimpact.shared;

import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * The Dutch public holidays on which deadlines in working days do not run: New Year's Day, Easter Monday, King's Day
 * (26 April when the 27th is a Sunday), Ascension Day, Whit Monday, Christmas and Boxing Day, and Liberation Day
 * in lustrum years (2025, 2030, …) only, as collective agreements give it. The dates come from the Jollyday calendar
 * of the Netherlands (its public holidays; Good Friday is an observance there and does not count); the one rule of
 * ours is Liberation Day, which Jollyday lists every year.
 */
public final class DutchHolidays {

	private static final HolidayManager NETHERLANDS = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.NETHERLANDS));

	private static final String LIBERATION = "LIBERATION";

	private static final Map<Integer, Set<LocalDate>> BY_YEAR = new ConcurrentHashMap<>();

	private DutchHolidays() {
	}

	public static boolean isHoliday(LocalDate date) {
		return of(date.getYear()).contains(date);
	}

	/** The holidays of a year that are days off. */
	public static Set<LocalDate> of(int year) {
		return BY_YEAR.computeIfAbsent(year, y -> NETHERLANDS.getHolidays(Year.of(y), HolidayType.PUBLIC_HOLIDAY).stream()
			.filter(holiday -> !LIBERATION.equals(holiday.getPropertiesKey()) || y % 5 == 0)
			.map(Holiday::getDate)
			.collect(Collectors.toUnmodifiableSet()));
	}
}
