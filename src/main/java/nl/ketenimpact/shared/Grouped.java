package nl.ketenimpact.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Aggregates of one module per group key (a project id or a year, as text) and over all groups,
 * both computed by the database (GROUPING SETS), never summed from records in Java.
 */
public record Grouped<T>(Map<String, T> groups, T total) {

	public Grouped {
		groups = new LinkedHashMap<>(groups);
	}

	/** The key of the row over all groups. */
	public static final String TOTAL = "*";

	/** The group key of a row selected with {@link FigureFilter#groupColumns}, or {@link #TOTAL}. */
	public static String keyOf(ResultSet rs) throws SQLException {
		return rs.getInt("total_row") == 1 ? TOTAL : rs.getString("k");
	}

	public T get(String key, T empty) {
		return groups.getOrDefault(key, empty);
	}
}
