package nl.ketenimpact.shared;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * Which records a dashboard figure counts: the projects (already scoped by the caller), optionally
 * one calendar year of the record's own date and one organisation (the partner that owns the record).
 * Each module turns it into a WHERE clause on its own columns, so no module reads another's tables.
 */
public record FigureFilter(List<UUID> projectIds, Integer year, UUID organisationId) {

	/** How a module groups its aggregate: per project, or per calendar year for a trend. */
	public enum Grouping {
		PROJECT, YEAR
	}

	public FigureFilter {
		projectIds = List.copyOf(projectIds);
	}

	public static FigureFilter of(Collection<UUID> projectIds, Integer year, UUID organisationId) {
		return new FigureFilter(List.copyOf(projectIds), year, organisationId);
	}

	public boolean isEmpty() {
		return projectIds.isEmpty();
	}

	public FigureFilter withoutYear() {
		return new FigureFilter(projectIds, null, organisationId);
	}

	/**
	 * The WHERE clause on a module's own columns; {@code organisationColumn} null when the records
	 * have no owning partner (they then count only without an organisation filter). Project ids are an
	 * expanded IN list: the planner then uses the index for one project and scans for many.
	 */
	public String where(String projectColumn, String dateColumn, String organisationColumn) {
		StringBuilder sql = new StringBuilder(projectColumn).append(" in (:fProjects)");
		if (year != null) {
			sql.append(" and ").append(dateColumn).append(" >= :fFrom and ").append(dateColumn).append(" < :fTo");
		}
		if (organisationId != null) {
			sql.append(organisationColumn == null ? " and false" : " and " + organisationColumn + " = :fOrganisation");
		}
		return sql.toString();
	}

	/** The SQL expression of the group key: the project column or the record's calendar year. */
	public static String groupKey(Grouping grouping, String projectColumn, String dateColumn) {
		return grouping == Grouping.PROJECT ? "cast(" + projectColumn + " as varchar)"
				: "cast(extract(year from " + dateColumn + ") as varchar)";
	}

	/** The group key and a flag for the row over all groups, to put first in the SELECT list. */
	public static String groupColumns(String key) {
		return key + " as k, grouping(" + key + ") as total_row";
	}

	/** One row per group plus one over all groups, computed in the same scan. */
	public static String groupBy(String key) {
		return " group by grouping sets ((" + key + "), ())";
	}

	public StatementSpec bind(StatementSpec statement) {
		statement = statement.param("fProjects", projectIds);
		if (year != null) {
			statement = statement.param("fFrom", LocalDate.of(year, 1, 1)).param("fTo", LocalDate.of(year + 1, 1, 1));
		}
		if (organisationId != null) {
			statement = statement.param("fOrganisation", organisationId);
		}
		return statement;
	}
}
