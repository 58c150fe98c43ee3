package nl.ketenimpact.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A module's aggregates per project and year, per project (all years), per year (all projects) and
 * over everything, computed by the database in one scan (GROUPING SETS, see {@link FigureFilter}), or,
 * for plain sums, added up from the database's sums per project and year; never summed from records in Java.
 */
public final class Grouped<T> {

	private final Map<String, T> rows = new HashMap<>();

	private final T empty;

	public Grouped(T empty) {
		this.empty = empty;
	}

	/** The key of a row selected with {@link FigureFilter#groupColumns}: which grouping it is and its project and year. */
	public static String keyOf(ResultSet rs) throws SQLException {
		return switch (rs.getInt("g")) {
			case 0 -> project(rs.getString("p"), rs.getInt("y"));
			case 1 -> project(rs.getString("p"), null);
			case 2 -> year(rs.getInt("y"));
			default -> year(null);
		};
	}

	/** The key of a project's row over all years. */
	public static String projectKey(UUID project) {
		return project(project.toString(), null);
	}

	/** The key of a project's row in one year. */
	public static String projectYearKey(UUID project, int year) {
		return project(project.toString(), year);
	}

	/** The key of the row over all projects in one year. */
	public static String yearKey(int year) {
		return year(year);
	}

	/** The key of the row over all projects and years. */
	public static final String ALL = "*";

	private static String project(String project, Integer year) {
		return year == null ? "p:" + project : "py:" + project + ":" + year;
	}

	private static String year(Integer year) {
		return year == null ? ALL : "y:" + year;
	}

	public void put(String key, T value) {
		rows.put(key, value);
	}

	public Set<String> keys() {
		return rows.keySet();
	}

	public T get(String key) {
		return rows.getOrDefault(key, empty);
	}

	/** A project's figures in a year, or over all years when {@code year} is null. */
	public T project(UUID project, Integer year) {
		return get(project(project.toString(), year));
	}

	/** All projects' figures in a year, or over all years when {@code year} is null. */
	public T total(Integer year) {
		return get(year(year));
	}

	/** The years that have records, ascending. */
	public Set<Integer> years() {
		Set<Integer> years = new TreeSet<>();
		rows.keySet().stream().filter(k -> k.startsWith("y:")).forEach(k -> years.add(Integer.parseInt(k.substring(2))));
		return years;
	}
}
