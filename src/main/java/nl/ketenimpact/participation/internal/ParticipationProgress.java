package nl.ketenimpact.participation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.ketenimpact.participation.ActivityStatus;
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
		jdbc.sql("select project_id, offered_by, count(*) as n from placement where project_id in (:ids) group by project_id, offered_by")
			.param("ids", projectIds)
			.query((rs, n) -> {
				UUID project = rs.getObject("project_id", UUID.class);
				return add(figures, project, new ProgressFigure(owner(rs.getObject("offered_by", UUID.class), corporations.get(project)),
						Metric.PLACEMENTS, BigDecimal.valueOf(rs.getLong("n")), "placements"));
			})
			.list();
		jdbc.sql("""
				select project_id, organiser_id, count(*) as activities, sum(children + adults) as participants, sum(staff_volunteer_hours) as hours
				from activity where project_id in (:ids) and status = :held group by project_id, organiser_id""")
			.param("ids", projectIds).param("held", ActivityStatus.HELD.name())
			.query((rs, n) -> {
				UUID project = rs.getObject("project_id", UUID.class);
				UUID owner = owner(rs.getObject("organiser_id", UUID.class), corporations.get(project));
				add(figures, project, new ProgressFigure(owner, Metric.ACTIVITIES, BigDecimal.valueOf(rs.getLong("activities")), "activities"));
				add(figures, project, new ProgressFigure(owner, Metric.PARTICIPANTS, BigDecimal.valueOf(rs.getLong("participants")), "activities"));
				return add(figures, project, new ProgressFigure(owner, Metric.HOURS, rs.getBigDecimal("hours"), "activities"));
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
