package nl.ketenimpact.project.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.organisation.WorkItems;
import nl.ketenimpact.project.ProjectStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The project lead's work on dwellings: per project not yet completed, the dwellings without a household, and those
 * whose tenants cannot get in yet (no account and no valid activation code). One item per project, with the number.
 */
@Component
class ProjectWorkItems implements WorkItems {

	private final JdbcClient jdbc;

	private final java.time.Clock clock;

	ProjectWorkItems(JdbcClient jdbc, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	private record PerProject(UUID id, String name, long dwellings) {
	}

	@Override
	@Transactional(readOnly = true)
	public List<Part> partsFor(CurrentUser user) {
		if (!(user.has(Role.PROJECT_LEAD) && user.isCorporationStaff())) {
			return List.of();
		}
		List<PerProject> withoutHousehold = jdbc.sql("""
				select p.id, p.name, count(*) as dwellings from project p join dwelling d on d.project_id = p.id
				where p.corporation_id = :c and p.status <> :done and not exists (select 1 from resident r where r.dwelling_id = d.id)
				group by p.id, p.name order by count(*) desc, p.name""")
			.param("c", user.organisationId()).param("done", ProjectStatus.COMPLETED.name()).query(PerProject.class).list();
		List<PerProject> withoutCode = jdbc.sql("""
				select p.id, p.name, count(*) as dwellings from project p join dwelling d on d.project_id = p.id
				where p.corporation_id = :c and p.status <> :done
				  and exists (select 1 from resident r where r.dwelling_id = d.id)
				  and not exists (select 1 from resident_account ra where ra.dwelling_id = d.id)
				  and not exists (select 1 from activation_code a where a.dwelling_id = d.id and a.used_at is null and a.revoked_at is null and a.expires_at > :now)
				group by p.id, p.name order by count(*) desc, p.name""")
			.param("c", user.organisationId()).param("done", ProjectStatus.COMPLETED.name())
			.param("now", OffsetDateTime.now(clock)).query(PerProject.class).list();
		List<Part> parts = new ArrayList<>();
		parts.add(part("DWELLING_WITHOUT_HOUSEHOLD", "worklist.item.dwellingsWithoutHousehold", withoutHousehold, ""));
		parts.add(part("DWELLING_WITHOUT_CODE", "worklist.item.dwellingsWithoutCode", withoutCode, "#activation"));
		return parts;
	}

	private static Part part(String kind, String key, List<PerProject> rows, String anchor) {
		long count = rows.stream().mapToLong(PerProject::dwellings).sum();
		return new Part(kind, count, rows.stream().limit(SHOWN)
			.map(r -> new Item(kind, key, List.of(r.dwellings(), r.name()), null, null, "/projects/" + r.id() + anchor)).toList());
	}
}
