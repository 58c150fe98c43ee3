package nl.ketenimpact.vote.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.organisation.WorkItems;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.project.Residents;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The draagvlakmeting on the worklist. The corporation's project lead and coordinator: votes that close within a week
 * or wait to be closed, and per closed vote that reached 70% the 8 weeks of the tenancies that did not agree, until
 * they end. A tenant: an open vote on their complex that they have not voted in.
 */
@Component
class VoteWorkItems implements WorkItems {

	/** How long before its last day a vote shows as closing. */
	static final int CLOSING_DAYS = 7;

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private final JdbcClient jdbc;

	private final ProjectManagement projects;

	private final Residents residents;

	private final Clock clock;

	VoteWorkItems(JdbcClient jdbc, ProjectManagement projects, Residents residents, Clock clock) {
		this.jdbc = jdbc;
		this.projects = projects;
		this.residents = residents;
		this.clock = clock;
	}

	private record Row(UUID id, UUID projectId, String title, LocalDate day, long tenancies, OffsetDateTime since) {
	}

	@Override
	@Transactional(readOnly = true)
	public List<Part> partsFor(CurrentUser user) {
		LocalDate today = LocalDate.now(clock);
		List<Part> parts = new ArrayList<>();
		if (user.isCorporationStaff() && (user.has(Role.PROJECT_LEAD) || user.has(Role.COORDINATOR))) {
			List<Row> closing = jdbc.sql("""
					select id, project_id, title, voting_closes_on as day, 0 as tenancies, opened_at as since from proposal
					where corporation_id = :c and status = 'OPEN' and voting_closes_on <= :soon order by voting_closes_on, title""")
				.param("c", user.organisationId()).param("soon", today.plusDays(CLOSING_DAYS)).query(Row.class).list();
			List<Row> periods = jdbc.sql("""
					select p.id, p.project_id, p.title, max(n.period_ends_on) as day, count(*) as tenancies, p.closed_at as since
					from proposal p join proposal_notice n on n.proposal_id = p.id
					where p.corporation_id = :c and p.status = 'CLOSED' and n.period_ends_on >= :today
					group by p.id, p.project_id, p.title, p.closed_at order by max(n.period_ends_on), p.title""")
				.param("c", user.organisationId()).param("today", today).query(Row.class).list();
			var names = projects.namesOf(java.util.stream.Stream.concat(closing.stream(), periods.stream()).map(Row::projectId).toList());
			parts.add(new Part("VOTE_CLOSING", closing.size(), closing.stream().limit(SHOWN).map(r -> new Item("VOTE_CLOSING",
					r.day().isBefore(today) ? "worklist.item.voteToClose" : "worklist.item.voteClosing",
					List.of(r.title(), names.getOrDefault(r.projectId(), "?"), r.day()), endOf(r.day()), r.since(), "/proposals/" + r.id())).toList()));
			parts.add(new Part("VOTE_OBJECTION_PERIOD", periods.size(), periods.stream().limit(SHOWN).map(r -> new Item("VOTE_OBJECTION_PERIOD",
					"worklist.item.voteObjectionPeriod", List.of(r.tenancies(), r.title(), names.getOrDefault(r.projectId(), "?"), r.day()),
					endOf(r.day()), r.since(), "/proposals/" + r.id() + "#notices")).toList()));
		}
		UUID dwelling = user.has(Role.RESIDENT) ? residents.dwellingOf(user).orElse(null) : null;
		if (dwelling != null) {
			List<Row> open = jdbc.sql("""
					select p.id, p.project_id, p.title, p.voting_closes_on as day, 0 as tenancies, p.opened_at as since
					from proposal_dwelling pd join proposal p on p.id = pd.proposal_id
					where pd.dwelling_id = :d and p.status = 'OPEN' and p.voting_opens_on <= :today and p.voting_closes_on >= :today
					  and not exists (select 1 from proposal_vote v where v.proposal_id = p.id and v.dwelling_id = pd.dwelling_id)
					order by p.voting_closes_on""")
				.param("d", dwelling).param("today", today).query(Row.class).list();
			parts.add(new Part("VOTE_OPEN", open.size(), open.stream().limit(SHOWN).map(r -> new Item("VOTE_OPEN", "worklist.item.voteOpen",
					List.of(r.title(), r.day()), endOf(r.day()), r.since(), "/proposals/" + r.id())).toList()));
		}
		return parts;
	}

	/** A day's deadline is its end, in Dutch time. */
	private static OffsetDateTime endOf(LocalDate day) {
		return day.plusDays(1).atStartOfDay(AMSTERDAM).toOffsetDateTime().minusSeconds(1);
	}
}
