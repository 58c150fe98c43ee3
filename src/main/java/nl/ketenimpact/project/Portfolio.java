package nl.ketenimpact.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets of projects for dashboards: a corporation's, a chain partner's (across corporations) or the whole
 * platform's, optionally only those running in a calendar year. The caller decides who may ask; these
 * carry no personal data (names of projects, dwelling counts, contract values).
 */
@Service
public class Portfolio {

	/** Upper bound of projects in one dashboard; a corporation of 80,000 dwellings has about 500. */
	public static final int MAX_PROJECTS = 5000;

	public record Project(UUID id, UUID corporationId, String name, String municipality, ProjectStatus status, LocalDate startDate,
			LocalDate endDate, long dwellings) {
	}

	private static final String SELECT = """
			select p.id, p.corporation_id, p.name, p.municipality, p.status, p.start_date, p.end_date,
			       coalesce((select c.dwellings from dwelling_count c where c.project_id = p.id), 0) as dwellings
			from project p
			where\s""";

	private static final String IN_YEAR = " and (cast(:from as date) is null or ((p.start_date is null or p.start_date < :to) and (p.end_date is null or p.end_date >= :from)))";

	private final JdbcClient jdbc;

	Portfolio(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<Project> ofCorporation(UUID corporationId, Integer year) {
		return query("p.corporation_id = :o", corporationId, year);
	}

	/** Projects in which the organisation is a chain partner, of any corporation. */
	@Transactional(readOnly = true)
	public List<Project> ofPartner(UUID organisationId, Integer year) {
		return query("exists (select 1 from project_partner pp where pp.project_id = p.id and pp.organisation_id = :o)", organisationId, year);
	}

	/** Every project on the platform running in the year, for sector aggregates. */
	@Transactional(readOnly = true)
	public List<Project> all(int year) {
		return query("cast(:o as uuid) is null", null, year);
	}

	private List<Project> query(String where, UUID organisationId, Integer year) {
		return jdbc.sql(SELECT + where + IN_YEAR + " order by p.name, p.id limit " + MAX_PROJECTS)
			.param("o", organisationId)
			.param("from", year == null ? null : LocalDate.of(year, 1, 1))
			.param("to", year == null ? null : LocalDate.of(year + 1, 1, 1))
			.query(Project.class)
			.list();
	}

	/** Contract value per project and chain-partner organisation (summed over its roles). */
	@Transactional(readOnly = true)
	public Map<UUID, Map<UUID, BigDecimal>> contractValues(Collection<UUID> projectIds) {
		Map<UUID, Map<UUID, BigDecimal>> values = new HashMap<>();
		if (!projectIds.isEmpty()) {
			jdbc.sql("select project_id, organisation_id, sum(contract_value_eur) as total from project_partner where project_id in (:ids) group by 1, 2")
				.param("ids", projectIds)
				.query((rs, n) -> values.computeIfAbsent(rs.getObject("project_id", UUID.class), k -> new HashMap<>())
					.put(rs.getObject("organisation_id", UUID.class), rs.getBigDecimal("total")))
				.list();
		}
		return values;
	}
}
