package nl.ketenimpact.signal.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.UserManagement;
import nl.ketenimpact.shared.Page;
import nl.ketenimpact.shared.Refused;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Who read or changed which signal, when and why: written in the same transaction as the read or step, read by the coordinator. */
@Component
public class SignalAccessLog {

	private final JdbcClient jdbc;

	private final UserManagement users;

	private final Clock clock;

	SignalAccessLog(JdbcClient jdbc, UserManagement users, Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void log(UUID signalId, UUID corporationId, CurrentUser user, String action, String reason) {
		jdbc.sql("insert into signal_access (signal_id, corporation_id, user_id, action, reason, at) values (:s, :c, :u, :a, :r, :at)")
			.param("s", signalId).param("c", corporationId).param("u", user.id()).param("a", action).param("r", reason)
			.param("at", OffsetDateTime.now(clock)).update();
	}

	@Transactional(readOnly = true)
	Page<SignalViews.AccessEntry> page(CurrentUser user, int page, int size) {
		if (!SignalRoles.readsAccessLog(user)) {
			throw new Refused("signal.log.refused");
		}
		long total = jdbc.sql("select count(*) from signal_access where corporation_id = :c").param("c", user.organisationId()).query(Long.class).single();
		record Line(OffsetDateTime at, UUID userId, String action, UUID signalId, String reason) {
		}
		List<Line> lines = jdbc.sql("""
				select at, user_id, action, signal_id, reason from signal_access where corporation_id = :c order by at desc, id desc""" + Page.window(page, size))
			.param("c", user.organisationId())
			.query(Line.class).list();
		Map<UUID, String> names = users.names(lines.stream().map(Line::userId).collect(Collectors.toSet()));
		return new Page<>(lines.stream().map(l -> new SignalViews.AccessEntry(l.at(), names.getOrDefault(l.userId(), "?"), l.action(), l.signalId(),
				l.reason())).toList(), page, size, total);
	}
}
