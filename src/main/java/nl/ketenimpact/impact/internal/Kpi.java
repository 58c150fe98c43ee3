package nl.ketenimpact.impact.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import nl.ketenimpact.plan.Theme;

/**
 * The key figures of DESIGN §5.6, each with the theme it belongs to (null: shown under every theme)
 * and how it is written: a count, euros, hours or a percentage.
 */
public enum Kpi {

	PROJECTS(null, Unit.COUNT), DWELLINGS(null, Unit.COUNT), SOCIAL_RETURN_OBLIGATION(null, Unit.EUR), SOCIAL_RETURN_VALUE(null, Unit.EUR), SOCIAL_RETURN_PLANNED(null, Unit.EUR),
	SOCIAL_RETURN_COMPLIANCE(null, Unit.PCT), SOCIAL_RETURN_PEOPLE(null, Unit.COUNT), RESIDENTS_ACTIVATED(Theme.TENANT_ACTIVATION, Unit.COUNT),
	WORK_EXPERIENCE_PLACES(Theme.WORK_EXPERIENCE, Unit.COUNT), JOBS(Theme.WORK_EXPERIENCE, Unit.COUNT),
	PLACEMENT_HOURS(Theme.WORK_EXPERIENCE, Unit.HOURS), INTERNSHIPS(Theme.INTERNSHIP, Unit.COUNT),
	JOB_GUARANTEE_FULFILMENT(Theme.INTERNSHIP, Unit.PCT), CHILDREN_REACHED(Theme.YOUTH_OUTREACH, Unit.COUNT),
	ACTIVITIES(Theme.LIVEABILITY, Unit.COUNT), PARTICIPANTS(Theme.LIVEABILITY, Unit.COUNT), STAFF_VOLUNTEER_HOURS(Theme.OWN_OPERATIONS, Unit.HOURS),
	SIGNALS_RAISED(Theme.SIGNALLING, Unit.COUNT), SIGNALS_TRIAGED_IN_TIME(Theme.SIGNALLING, Unit.COUNT), SIGNALS_REFERRED(Theme.SIGNALLING, Unit.COUNT);

	public enum Unit {
		COUNT, EUR, HOURS, PCT
	}

	private final Theme theme;

	private final Unit unit;

	Kpi(Theme theme, Unit unit) {
		this.theme = theme;
		this.unit = unit;
	}

	public Theme theme() {
		return theme;
	}

	public Unit unit() {
		return unit;
	}

	/** The name in the API's JSON, e.g. residentsActivated. */
	public String jsonName() {
		String[] words = name().toLowerCase(Locale.ROOT).split("_");
		StringBuilder name = new StringBuilder(words[0]);
		for (int i = 1; i < words.length; i++) {
			name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
		}
		return name.toString();
	}

	/** The figures shown for a theme filter: those of the theme and the general ones. */
	public static List<Kpi> shownFor(Theme theme) {
		return Arrays.stream(values()).filter(k -> theme == null || k.theme == null || k.theme == theme).toList();
	}
}
