package nl.ketenimpact.project.internal;

import java.util.List;

/** Dutch energy labels, best first. */
public final class EnergyLabel {

	public static final List<String> ALL = List.of("A++++", "A+++", "A++", "A+", "A", "B", "C", "D", "E", "F", "G");

	private EnergyLabel() {
	}

	public static boolean isValid(String label) {
		return label != null && ALL.contains(label.strip().toUpperCase(java.util.Locale.ROOT));
	}
}
