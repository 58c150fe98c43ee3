package nl.ketenimpact.privacy.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.organisation.WorkItems;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open requests to correct or erase data on the worklist of who answers them (the corporation's coordinator, the
 * admin for other accounts), by their deadline of one month. The title names the kind and the deadline, not the person.
 */
@Component
class PrivacyWorkItems implements WorkItems {

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private final JdbcClient jdbc;

	PrivacyWorkItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Open(UUID id, String kind, LocalDate dueOn, OffsetDateTime createdAt) {
	}

	@Override
	@Transactional(readOnly = true)
	public List<Part> partsFor(CurrentUser user) {
		String scope;
		if (user.has(Role.ADMIN)) {
			scope = "organisation_id is null";
		}
		else if (user.has(Role.COORDINATOR) && user.isCorporationStaff()) {
			scope = "organisation_id = :o";
		}
		else {
			return List.of();
		}
		List<Open> open = jdbc.sql("select id, kind, due_on, created_at from privacy_request where status = 'OPEN' and " + scope
				+ " order by due_on, created_at").param("o", user.organisationId()).query(Open.class).list();
		return List.of(new Part("PRIVACY_REQUEST", open.size(), open.stream().limit(SHOWN)
			.map(r -> new Item("PRIVACY_REQUEST", r.kind().equals("ERASURE") ? "worklist.item.privacyRequest.ERASURE" : "worklist.item.privacyRequest.CORRECTION",
					List.of(r.dueOn()), r.dueOn().plusDays(1).atStartOfDay(AMSTERDAM).toOffsetDateTime().minusSeconds(1), r.createdAt(), "/privacy/requests"))
			.toList()));
	}
}
