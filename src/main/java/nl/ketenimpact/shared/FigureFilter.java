package nl.ketenimpact.shared;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * Which records a dashboard figure counts: those of the projects (already scoped by the caller),
 * optionally only those owned by one organisation (a chain partner). Each module turns it into a WHERE
 * clause on its own columns, so no module reads another's tables. Years are not filtered here: every
 * aggregate comes per project, per project and year, per year and in total from one scan (see {@link Grouped}).
 */
public record FigureFilter(List<UUID> projectIds, UUID organisationId) {

	public FigureFilter {
		projectIds = List.copyOf(projectIds);
	}

	public static FigureFilter of(Collection<UUID> projectIds, UUID organisationId) {
		return new FigureFilter(List.copyOf(projectIds), organisationId);
	}

	public boolean isEmpty() {
		return projectIds.isEmpty();
	}

	/**
	 * The WHERE clause on a module's own columns; {@code organisationColumn} null when the records have
	 * no owning partner (they then count only without an organisation filter). Project ids are an
	 * expanded IN list: the planner then uses the index for one project and scans for many.
	 */
	public String where(String projectColumn, String organisationColumn) {
		String sql = projectColumn + " in (:fProjects)";
		if (organisationId != null) {
			sql += organisationColumn == null ? " and false" : " and " + organisationColumn + " = :fOrganisation";
		}
		return sql;
	}

	/** The group columns to put first in the SELECT list: project, calendar year of the record's date, and which grouping a row is. */
	public static String groupColumns(String projectColumn, String dateExpression) {
		String year = year(dateExpression);
		return "cast(" + projectColumn + " as varchar) as p, cast(" + year + " as int) as y, grouping(" + projectColumn + ", " + year + ") as g";
	}

	/** Per project and year, per project, per year and over everything, computed in the same scan. */
	public static String groupBy(String projectColumn, String dateExpression) {
		String year = year(dateExpression);
		return " group by grouping sets ((" + projectColumn + ", " + year + "), (" + projectColumn + "), (" + year + "), ())";
	}

	/** As {@link #groupColumns}, over a rollup whose rows already carry the calendar year. */
	public static String rollupGroupColumns(String projectColumn, String yearColumn) {
		return "cast(" + projectColumn + " as varchar) as p, " + yearColumn + " as y, grouping(" + projectColumn + ", " + yearColumn + ") as g";
	}

	/** As {@link #groupBy}, over a rollup whose rows already carry the calendar year. */
	public static String rollupGroupBy(String projectColumn, String yearColumn) {
		return " group by grouping sets ((" + projectColumn + ", " + yearColumn + "), (" + projectColumn + "), (" + yearColumn + "), ())";
	}

	private static String year(String dateExpression) {
		return "extract(year from " + dateExpression + ")";
	}

	public StatementSpec bind(StatementSpec statement) {
		statement = statement.param("fProjects", projectIds);
		if (organisationId != null) {
			statement = statement.param("fOrganisation", organisationId);
		}
		return statement;
	}
}
