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
 * or, without a code, its BAG id matches. Per call, in one transaction: one insert of the new rows
 * (collisions skipped), one lookup of the rows that collided, and a JDBC batch of updates; so a batch
 * is written wholly or not at all and re-running a file changes nothing.
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
		// A real run first inserts what is new in one statement; only the rows that collided are looked up and classified.
		Set<String> inserted = dryRun ? Set.of() : insertNew(projectId, corporation, rows);
		List<String> codes = rows.stream().filter(r -> !inserted.contains(r.bagIdentificatie())).map(DwellingInput::code).filter(Objects::nonNull)
			.toList();
		List<String> bags = rows.stream().map(DwellingInput::bagIdentificatie).filter(b -> !inserted.contains(b)).toList();
		Map<String, Existing> byCode = new HashMap<>();
		Map<String, Existing> byBag = new HashMap<>();
		if (!bags.isEmpty()) {
			jdbc.sql("""
					select id, project_id, code, bag_identificatie, straatnaam, huisnummer, huisletter, huisnummer_toevoeging, postcode, woonplaats,
					       bouwjaar, energielabel_voor, energielabel_na, gepland_datum
					from dwelling where corporation_id = :c and (""" + (codes.isEmpty() ? "" : "code in (:codes) or ") + "bag_identificatie in (:bags))")
				// Expanded lists, not array parameters: with an array the generic plan fell back to a sequential scan (see issue 8 note).
				// A file without codes leaves the code condition out (an empty list is no valid SQL).
				.params(codes.isEmpty() ? Map.of("c", corporation, "bags", bags) : Map.of("c", corporation, "codes", codes, "bags", bags))
				.query((rs, n) -> {
					DwellingInput input = new DwellingInput(rs.getString("code"), rs.getString("bag_identificatie"), rs.getString("straatnaam"),
							rs.getInt("huisnummer"), rs.getString("huisletter"), rs.getString("huisnummer_toevoeging"), rs.getString("postcode"),
							rs.getString("woonplaats"), (Integer) rs.getObject("bouwjaar", Integer.class), rs.getString("energielabel_voor"),
							rs.getString("energielabel_na"), rs.getObject("gepland_datum", java.time.LocalDate.class));
					Existing existing = new Existing(rs.getObject("id", UUID.class), rs.getObject("project_id", UUID.class), input);
					if (input.code() != null) {
						byCode.put(input.code(), existing);
					}
					byBag.put(input.bagIdentificatie(), existing);
					return existing;
				})
				.list();
		}
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
	 * Inserts the rows whose code and BAG id are both unused in the corporation, in one statement
	 * (each column one text array, unnested server side), and returns their BAG ids.
	 */
	private Set<String> insertNew(UUID projectId, UUID corporation, List<DwellingInput> rows) {
		int n = rows.size();
		String[][] columns = new String[12][n];
		for (int i = 0; i < n; i++) {
			DwellingInput d = rows.get(i);
			String[] values = { d.code(), d.bagIdentificatie(), d.straatnaam(), text(d.huisnummer()), d.huisletter(), d.huisnummerToevoeging(),
					d.postcode(), d.woonplaats(), text(d.bouwjaar()), d.energielabelVoor(), d.energielabelNa(), text(d.geplandDatum()) };
			for (int c = 0; c < values.length; c++) {
				columns[c][i] = values[c];
			}
		}
		return new HashSet<>(jdbc.sql(Dwellings.INSERT + """
				select gen_random_uuid(), :project, :corporation, code, bag, straat, nummer::int, letter, toevoeging, postcode, plaats, bouwjaar::int,
				       label_voor, label_na, gepland::date
				from unnest(:c0, :c1, :c2, :c3, :c4, :c5, :c6, :c7, :c8, :c9, :c10, :c11)
				     as u(code, bag, straat, nummer, letter, toevoeging, postcode, plaats, bouwjaar, label_voor, label_na, gepland)
				on conflict do nothing
				returning bag_identificatie""")
			.param("project", projectId).param("corporation", corporation)
			.params(textArrays(columns))
			.query(String.class)
			.list());
	}

	private Map<String, Object> textArrays(String[][] columns) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			Map<String, Object> params = new HashMap<>();
			for (int c = 0; c < columns.length; c++) {
				params.put("c" + c, connection.createArrayOf("text", columns[c]));
			}
			return params;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
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
