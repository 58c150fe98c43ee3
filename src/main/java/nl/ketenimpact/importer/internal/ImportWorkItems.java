package nl.ketenimpact.importer.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.organisation.WorkItems;
import nl.ketenimpact.project.Portfolio;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports that need the project lead: failed, interrupted (the instance died; it can run again) or previewed and never
 * started, of the last two weeks, unless a later import of the same project has finished since.
 */
@Component
class ImportWorkItems implements WorkItems {

	static final Duration RECENT = Duration.ofDays(14);

	private final JdbcClient jdbc;

	private final Portfolio portfolio;

	private final java.time.Clock clock;

	ImportWorkItems(JdbcClient jdbc, Portfolio portfolio, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.portfolio = portfolio;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Part> partsFor(CurrentUser user) {
		if (!(user.has(Role.PROJECT_LEAD) && user.isCorporationStaff())) {
			return List.of();
		}
		Map<UUID, String> names = portfolio.ofCorporation(user.organisationId(), null).stream()
			.collect(Collectors.toMap(Portfolio.Project::id, Portfolio.Project::name));
		if (names.isEmpty()) {
			return List.of(new Part("IMPORT_ATTENTION", 0, List.of()));
		}
		String where = " " + """
				from import_job j where j.project_id in (:p) and j.status in (:attention) and j.updated_at > :since
				  and not exists (select 1 from import_job later where later.project_id = j.project_id and later.status = :done and later.created_at > j.created_at)""";
		List<String> attention = List.of(ImportStatus.FAILED.name(), ImportStatus.INTERRUPTED.name(), ImportStatus.PREVIEWED.name());
		OffsetDateTime since = OffsetDateTime.now(clock).minus(RECENT);
		long count = jdbc.sql("select count(*)" + where).param("p", names.keySet()).param("attention", attention).param("since", since)
			.param("done", ImportStatus.DONE.name()).query(Long.class).single();
		record Row(UUID id, UUID projectId, String status, OffsetDateTime updatedAt) {
		}
		List<Row> rows = jdbc.sql("select j.id, j.project_id, j.status, j.updated_at" + where + " order by j.updated_at, j.id limit " + SHOWN)
			.param("p", names.keySet()).param("attention", attention).param("since", since).param("done", ImportStatus.DONE.name())
			.query(Row.class).list();
		return List.of(new Part("IMPORT_ATTENTION", count, rows.stream().map(r -> new Item("IMPORT_ATTENTION",
				switch (ImportStatus.valueOf(r.status())) {
					case FAILED -> "worklist.item.importFailed";
					case INTERRUPTED -> "worklist.item.importInterrupted";
					default -> "worklist.item.importPreviewed";
				}, List.of(names.get(r.projectId())), null,
				r.updatedAt(), "/imports/" + r.id())).toList()));
	}
}
