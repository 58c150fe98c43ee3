package nl.ketenimpact.practice.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.organisation.WorkItems;
import nl.ketenimpact.plan.CommitmentManagement;
import nl.ketenimpact.plan.Theme;
import nl.ketenimpact.project.Portfolio;
import nl.ketenimpact.project.ProjectStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the coordinator: practices other corporations shared with the platform this month, in a theme of the
 * commitments of their own running projects (what they could copy now).
 */
@Component
class PracticeWorkItems implements WorkItems {

	private static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");

	private final JdbcClient jdbc;

	private final Portfolio portfolio;

	private final CommitmentManagement commitments;

	private final java.time.Clock clock;

	PracticeWorkItems(JdbcClient jdbc, Portfolio portfolio, CommitmentManagement commitments, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.portfolio = portfolio;
		this.commitments = commitments;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Part> partsFor(CurrentUser user) {
		if (!(user.has(Role.COORDINATOR) && user.isCorporationStaff())) {
			return List.of();
		}
		List<UUID> running = portfolio.ofCorporation(user.organisationId(), null).stream().filter(p -> p.status() != ProjectStatus.COMPLETED)
			.map(Portfolio.Project::id).toList();
		Set<Theme> themes = commitments.summary(running, null, null, false).stream().map(CommitmentManagement.Summary::theme).collect(Collectors.toSet());
		if (themes.isEmpty()) {
			return List.of(new Part("PRACTICE_NEW", 0, List.of()));
		}
		OffsetDateTime monthStart = LocalDate.now(clock.withZone(DUTCH)).withDayOfMonth(1).atStartOfDay(DUTCH).toOffsetDateTime();
		// The themes column is a comma-joined list; one pattern per theme of the running projects.
		String anyTheme = themes.stream().map(t -> "(',' || themes || ',') like '%," + t.name() + ",%'").collect(Collectors.joining(" or "));
		record Row(UUID id, String title, OffsetDateTime publishedAt) {
		}
		List<Row> rows = jdbc.sql("select id, title, published_at from practice where visibility = 'PLATFORM' and corporation_id <> :org"
				+ " and published_at >= :month and (" + anyTheme + ") order by published_at desc, id")
			.param("org", user.organisationId()).param("month", monthStart).query(Row.class).list();
		return List.of(new Part("PRACTICE_NEW", rows.size(), rows.stream().limit(SHOWN)
			.map(r -> new Item("PRACTICE_NEW", "worklist.item.practiceNew", List.of(r.title()), null, r.publishedAt(), "/practices/" + r.id())).toList()));
	}
}
