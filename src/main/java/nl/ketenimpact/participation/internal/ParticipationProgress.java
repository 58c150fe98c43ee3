package nl.ketenimpact.participation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.ketenimpact.plan.Metric;
import nl.ketenimpact.plan.ProgressFigure;
import nl.ketenimpact.plan.ProgressSource;
import nl.ketenimpact.project.ProjectManagement;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Plan progress from participation records, per organisation (the corporation's own as null):
 * placements of its opportunities, and activities it organised with their participants and staff volunteer hours.
 */
@Component
class ParticipationProgress implements ProgressSource {

	private final JdbcClient jdbc;

	private final ProjectManagement projects;

	ParticipationProgress(JdbcClient jdbc, ProjectManagement projects) {
		this.jdbc = jdbc;
		this.projects = projects;
	}

	@Override
	public Map<UUID, List<ProgressFigure>> figures(Collection<UUID> projectIds) {
		Map<UUID, List<ProgressFigure>> figures = new HashMap<>();
		if (projectIds.isEmpty()) {
			return figures;
		}
		Map<UUID, UUID> corporations = projects.corporationsOf(projectIds);
		// From the rollup kept with the records (V26): placements by who offered them, activities held by who organised them.
		jdbc.sql("""
				select project_id, organisation_id, sum(placements) as placements, sum(activities) as activities, sum(participants) as participants,
				       sum(staff_hours) as hours
				from participation_rollup where project_id in (:ids) group by project_id, organisation_id""")
			.param("ids", projectIds)
			.query((rs, n) -> {
				UUID project = rs.getObject("project_id", UUID.class);
				UUID owner = owner(rs.getObject("organisation_id", UUID.class), corporations.get(project));
				if (rs.getLong("placements") > 0) {
					add(figures, project, new ProgressFigure(owner, Metric.PLACEMENTS, BigDecimal.valueOf(rs.getLong("placements")), "placements"));
				}
				if (rs.getLong("activities") > 0) {
					add(figures, project, new ProgressFigure(owner, Metric.ACTIVITIES, BigDecimal.valueOf(rs.getLong("activities")), "activities"));
					add(figures, project, new ProgressFigure(owner, Metric.PARTICIPANTS, BigDecimal.valueOf(rs.getLong("participants")), "activities"));
					add(figures, project, new ProgressFigure(owner, Metric.HOURS, rs.getBigDecimal("hours"), "activities"));
				}
				return n;
			})
			.list();
		return figures;
	}

	private static boolean add(Map<UUID, List<ProgressFigure>> figures, UUID project, ProgressFigure figure) {
		return figures.computeIfAbsent(project, k -> new ArrayList<>()).add(figure);
	}

	private static UUID owner(UUID organisation, UUID corporation) {
		return organisation.equals(corporation) ? null : organisation;
	}
}
