package nl.ketenimpact.project;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

import nl.ketenimpact.project.internal.ProjectScope;
import nl.ketenimpact.shared.AuditLog;
import nl.ketenimpact.shared.FieldMessage;
import nl.ketenimpact.shared.Refused;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk upsert of dwellings for imports: a dwelling is the same when its code (within the corporation)
 * or, without a code, its BAG id matches. Per call, in one transaction: the rows staged by COPY, one
 * statement that inserts the new rows (collisions skipped) and returns the existing rows that collided,
 * and a JDBC batch of updates; so a batch is written wholly or not at all and re-running a file changes nothing.
 */
@Service
public class DwellingUpserts {

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final AuditLog audit;

	private final DataSource dataSource;

	DwellingUpserts(JdbcClient jdbc, NamedParameterJdbcTemplate batch, AuditLog audit, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.batch = batch;
		this.audit = audit;
	}

	/** What happened to the rows of one batch; {@code problems} holds (row index, field, message key) of refused rows. */
	public record Result(int created, int changed, int unchanged, List<Problem> problems) {
	}

	public record Problem(int index, FieldMessage message) {
	}

	private record Existing(UUID id, UUID projectId, DwellingInput input) {
	}

	/** Classifies (dry run) or writes a batch of already validated, normalised rows. */
	@Transactional
	public Result upsert(ProjectAccess access, List<DwellingInput> rows, boolean dryRun) {
		if (!ProjectScope.canManage(access.user(), access.project().corporationId())) {
			throw new Refused("project.manage.refused");
		}
		if (rows.stream().anyMatch(row -> !row.check().isEmpty())) {
			throw new IllegalArgumentException("only checked rows can be upserted");
		}
		UUID corporation = access.project().corporationId();
		UUID projectId = access.project().id();
		// The batch goes into a staging table by COPY; one statement then inserts what is new (a real run) and returns, as
		// the database saw them before it, the existing dwellings that the other rows collided with.
		stage(rows);
		Set<String> inserted = new HashSet<>();
		Map<String, Existing> byCode = new HashMap<>();
		Map<String, Existing> byBag = new HashMap<>();
		jdbc.sql((dryRun ? "with ins as (select null::varchar as bag_identificatie where false) " : "with ins as (" + Dwellings.INSERT + """
				 select gen_random_uuid(), :project, :corporation, code, bag, straat, nummer, letter, toevoeging, postcode, plaats, bouwjaar,
				        label_voor, label_na, gepland
				 from import_dwelling_stage order by idx
				 on conflict do nothing returning bag_identificatie) """) + """
				select true as new, null::uuid as id, null::uuid as project_id, null as code, bag_identificatie, null as straatnaam, 0 as huisnummer,
				       null as huisletter, null as huisnummer_toevoeging, null as postcode, null as woonplaats, null::int as bouwjaar,
				       null as energielabel_voor, null as energielabel_na, null::date as gepland_datum
				from ins
				union all
				select false, d.id, d.project_id, d.code, d.bag_identificatie, d.straatnaam, d.huisnummer, d.huisletter, d.huisnummer_toevoeging,
				       d.postcode, d.woonplaats, d.bouwjaar, d.energielabel_voor, d.energielabel_na, d.gepland_datum
				from dwelling d
				where d.id in (select x.id from import_dwelling_stage s
				               -- in a real run only the rows that the insert (which runs first) did not take are looked up
				               left join ins on ins.bag_identificatie = s.bag
				               cross join lateral (select id from dwelling where corporation_id = :corporation and code = s.code
				                                   union all select id from dwelling where corporation_id = :corporation and bag_identificatie = s.bag) x
				               where ins.bag_identificatie is null)""")
			.param("project", projectId).param("corporation", corporation)
			.query((rs, n) -> {
				if (rs.getBoolean("new")) {
					return inserted.add(rs.getString("bag_identificatie"));
				}
				DwellingInput input = new DwellingInput(rs.getString("code"), rs.getString("bag_identificatie"), rs.getString("straatnaam"),
						rs.getInt("huisnummer"), rs.getString("huisletter"), rs.getString("huisnummer_toevoeging"), rs.getString("postcode"),
						rs.getString("woonplaats"), (Integer) rs.getObject("bouwjaar", Integer.class), rs.getString("energielabel_voor"),
						rs.getString("energielabel_na"), rs.getObject("gepland_datum", java.time.LocalDate.class));
				Existing existing = new Existing(rs.getObject("id", UUID.class), rs.getObject("project_id", UUID.class), input);
				if (input.code() != null) {
					byCode.put(input.code(), existing);
				}
				byBag.put(input.bagIdentificatie(), existing);
				return true;
			})
			.list();
		List<MapSqlParameterSource> inserts = new ArrayList<>();
		List<MapSqlParameterSource> updates = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		int unchanged = 0;
		for (int i = 0; i < rows.size(); i++) {
			DwellingInput row = rows.get(i);
			if (inserted.contains(row.bagIdentificatie())) {
				continue;
			}
			Existing existing = row.code() != null && byCode.containsKey(row.code()) ? byCode.get(row.code()) : byBag.get(row.bagIdentificatie());
			if (existing == null) {
				inserts.add(params(UUID.randomUUID(), projectId, corporation, row));
			}
			else if (!existing.projectId().equals(projectId)) {
				problems.add(new Problem(i, new FieldMessage(row.code() != null ? "code" : "bagIdentificatie", "import.otherProject")));
			}
			else if (existing.input().equals(row)) {
				unchanged++;
			}
			else if (existing.input().code() != null && row.code() != null && !existing.input().code().equals(row.code())
					|| byBag.containsKey(row.bagIdentificatie()) && byBag.get(row.bagIdentificatie()) != existing) {
				problems.add(new Problem(i, new FieldMessage("bagIdentificatie", "dwelling.bagIdentificatie.taken")));
			}
			else {
				updates.add(params(existing.id(), projectId, corporation, row));
			}
		}
		if (!dryRun) {
			if (!inserts.isEmpty()) {
				batch.batchUpdate(Dwellings.INSERT + Dwellings.VALUES, inserts.toArray(MapSqlParameterSource[]::new));
			}
			if (!updates.isEmpty()) {
				batch.batchUpdate("""
						update dwelling set code = :code, bag_identificatie = :bag, straatnaam = :straat, huisnummer = :nummer, huisletter = :letter,
						       huisnummer_toevoeging = :toevoeging, postcode = :postcode, woonplaats = :plaats, bouwjaar = :bouwjaar,
						       energielabel_voor = :labelVoor, energielabel_na = :labelNa, gepland_datum = :gepland, updated_at = now()
						where id = :id""", updates.toArray(MapSqlParameterSource[]::new));
			}
			int created = inserted.size() + inserts.size();
			if (created > 0 || !updates.isEmpty()) {
				audit.record(access.user().id(), "DWELLINGS_IMPORTED", "project", projectId, "new=" + created + " changed=" + updates.size());
			}
		}
		return new Result(inserted.size() + inserts.size(), updates.size(), unchanged, problems);
	}

	/**
	 * Puts the batch into the connection's staging table (temporary, emptied first) with COPY: the PostgreSQL driver's
	 * CopyManager streams the rows as CSV, far cheaper per row than bound parameters.
	 */
	private void stage(List<DwellingInput> rows) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			try (java.sql.Statement statement = connection.createStatement()) {
				statement.execute("""
						create temporary table if not exists import_dwelling_stage (idx int, code varchar, bag varchar, straat varchar, nummer int,
						    letter varchar, toevoeging varchar, postcode varchar, plaats varchar, bouwjaar int, label_voor varchar, label_na varchar,
						    gepland date)""");
				// TRUNCATE, not DELETE: nothing vacuums a temporary table, so deleted rows would pile up batch after batch.
				statement.execute("truncate import_dwelling_stage");
			}
			java.io.StringWriter csv = new java.io.StringWriter(rows.size() * 96);
			try (org.apache.commons.csv.CSVPrinter printer = new org.apache.commons.csv.CSVPrinter(csv, org.apache.commons.csv.CSVFormat.POSTGRESQL_CSV)) {
				for (int i = 0; i < rows.size(); i++) {
					DwellingInput d = rows.get(i);
					printer.printRecord(i, d.code(), d.bagIdentificatie(), d.straatnaam(), d.huisnummer(), d.huisletter(), d.huisnummerToevoeging(),
							d.postcode(), d.woonplaats(), d.bouwjaar(), d.energielabelVoor(), d.energielabelNa(), d.geplandDatum());
				}
			}
			connection.unwrap(org.postgresql.PGConnection.class).getCopyAPI()
				.copyIn("copy import_dwelling_stage from stdin (format csv)", new java.io.StringReader(csv.toString()));
		}
		catch (SQLException | java.io.IOException ex) {
			throw new IllegalStateException("staging the import batch failed", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}

	/** With explicit SQL types: a null without one makes the driver ask the server for the parameter type, per row. */
	private static MapSqlParameterSource params(UUID id, UUID project, UUID corporation, DwellingInput d) {
		return new MapSqlParameterSource().addValue("id", id, Types.OTHER).addValue("project", project, Types.OTHER)
			.addValue("corporation", corporation, Types.OTHER).addValue("code", d.code(), Types.VARCHAR)
			.addValue("bag", d.bagIdentificatie(), Types.VARCHAR).addValue("straat", d.straatnaam(), Types.VARCHAR)
			.addValue("nummer", d.huisnummer(), Types.INTEGER).addValue("letter", d.huisletter(), Types.VARCHAR)
			.addValue("toevoeging", d.huisnummerToevoeging(), Types.VARCHAR).addValue("postcode", d.postcode(), Types.VARCHAR)
			.addValue("plaats", d.woonplaats(), Types.VARCHAR).addValue("bouwjaar", d.bouwjaar(), Types.INTEGER)
			.addValue("labelVoor", d.energielabelVoor(), Types.VARCHAR).addValue("labelNa", d.energielabelNa(), Types.VARCHAR)
			.addValue("gepland", d.geplandDatum(), Types.DATE);
	}
}
