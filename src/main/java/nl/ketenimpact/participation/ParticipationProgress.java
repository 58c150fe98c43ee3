package nl.ketenimpact.participation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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
	public List<ProgressFigure> figures(UUID projectId) {
		UUID corporation = projects.corporationOf(projectId);
		List<ProgressFigure> figures = new ArrayList<>();
		jdbc.sql("select offered_by, count(*) as n from placement where project_id = :p group by offered_by")
			.param("p", projectId)
			.query((rs, n) -> figures.add(new ProgressFigure(owner(rs.getObject("offered_by", UUID.class), corporation), Metric.PLACEMENTS,
					BigDecimal.valueOf(rs.getLong("n")), "placements")))
			.list();
		jdbc.sql("""
				select organiser_id, count(*) as activities, sum(children + adults) as participants, sum(staff_volunteer_hours) as hours
				from activity where project_id = :p group by organiser_id""")
			.param("p", projectId)
			.query((rs, n) -> {
				UUID owner = owner(rs.getObject("organiser_id", UUID.class), corporation);
				figures.add(new ProgressFigure(owner, Metric.ACTIVITIES, BigDecimal.valueOf(rs.getLong("activities")), "activities"));
				figures.add(new ProgressFigure(owner, Metric.PARTICIPANTS, BigDecimal.valueOf(rs.getLong("participants")), "activities"));
				return figures.add(new ProgressFigure(owner, Metric.HOURS, rs.getBigDecimal("hours"), "activities"));
			})
			.list();
		return figures;
	}

	private static UUID owner(UUID organisation, UUID corporation) {
		return organisation.equals(corporation) ? null : organisation;
	}
}
