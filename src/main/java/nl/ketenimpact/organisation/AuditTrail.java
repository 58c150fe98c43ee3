package nl.ketenimpact.organisation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.ketenimpact.shared.AuditLog;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.Page;
import nl.ketenimpact.shared.Refused;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the audit log: the admin reads all of it, a corporation's coordinator that of their own organisation.
 * Reading it is itself not logged (it holds no personal data beyond ids and names of staff).
 */
@Service
public class AuditTrail {

	/** The kinds the page filters on: a prefix of the action names. */
	public static final List<String> KINDS = List.of("SIGN_IN", "INVITATION", "PASSWORD", "SECOND_FACTOR", "ACTIVATION", "RESIDENT", "USER",
			"ROLES", "ORGANISATION");

	private final AuditLog log;

	private final UserManagement users;

	AuditTrail(AuditLog log, UserManagement users) {
		this.log = log;
		this.users = users;
	}

	public record Line(OffsetDateTime occurredAt, UUID actorId, String actorName, UUID organisationId, String action, String subjectType,
			String subjectId, String detail) {
	}

	public static boolean mayRead(CurrentUser user) {
		return user.has(Role.ADMIN) || user.has(Role.COORDINATOR) && user.organisationType().isCorporation();
	}

	@Transactional(readOnly = true)
	public Page<Line> search(CurrentUser user, UUID organisationId, String kind, LocalDate from, LocalDate to, int page, int size) {
		if (!mayRead(user)) {
			throw new Refused("access.denied");
		}
		UUID scope = organisationId;
		if (!user.has(Role.ADMIN)) {
			if (organisationId != null && !organisationId.equals(user.organisationId())) {
				throw new Refused("audit.otherOrganisation");
			}
			scope = user.organisationId();
		}
		if (kind != null && !kind.isBlank() && !KINDS.contains(kind)) {
			throw new InvalidInput("kind", "audit.kind.unknown");
		}
		if (from != null && to != null && to.isBefore(from)) {
			throw new InvalidInput("to", "audit.period.reversed");
		}
		Page<AuditLog.Entry> entries = log.search(scope, kind, from, to, page, size);
		Map<UUID, String> names = users.names(entries.items().stream().map(AuditLog.Entry::actorId).filter(java.util.Objects::nonNull)
			.collect(java.util.stream.Collectors.toSet()));
		List<Line> lines = entries.items().stream()
			.map(e -> new Line(e.occurredAt(), e.actorId(), e.actorId() == null ? null : names.get(e.actorId()), e.organisationId(), e.action(),
					e.subjectType(), e.subjectId(), e.detail()))
			.toList();
		return new Page<>(lines, entries.page(), entries.size(), entries.total());
	}

}
