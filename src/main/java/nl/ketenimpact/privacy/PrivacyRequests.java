package nl.ketenimpact.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.PersonalData;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.organisation.UserManagement;
import nl.ketenimpact.shared.AuditLog;
import nl.ketenimpact.shared.Conflict;
import nl.ketenimpact.shared.FieldMessage;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.NotFound;
import nl.ketenimpact.shared.Outbox;
import nl.ketenimpact.shared.Refused;
import nl.ketenimpact.shared.Text;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's requests to correct or erase their data (AVG art. 16, 17). The coordinator of their corporation (the
 * platform admin for everyone else's accounts) answers within a month (art. 12); the person is told by mail. An
 * erasure that is done runs every module's {@link PersonalData#erase}, the account last, in one transaction.
 */
@Service
public class PrivacyRequests {

	public enum Kind {
		CORRECTION, ERASURE
	}

	public enum Decision {
		DONE, REFUSED
	}

	/** A request as its person and its handler see it; {@code person} is the name, for the handler only. */
	public record Request(UUID id, Kind kind, String details, String status, OffsetDateTime createdAt, LocalDate dueOn, OffsetDateTime decidedAt,
			String reason, String person) {

		public boolean overdue(LocalDate today) {
			return "OPEN".equals(status) && dueOn.isBefore(today);
		}
	}

	private final JdbcClient jdbc;

	// Resolved when an erasure runs: one of the sources (the person's own requests) uses this service.
	private final ObjectProvider<PersonalData> sources;

	private final UserManagement users;

	private final Outbox outbox;

	private final AuditLog audit;

	private final Clock clock;

	PrivacyRequests(JdbcClient jdbc, ObjectProvider<PersonalData> sources, UserManagement users, Outbox outbox, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.sources = sources;
		this.users = users;
		this.outbox = outbox;
		this.audit = audit;
		this.clock = clock;
	}

	/** Files the person's request; one open request of a kind at a time. */
	@Transactional
	public Request file(CurrentUser person, Kind kind, String details) {
		List<FieldMessage> errors = new ArrayList<>();
		if (kind == null) {
			errors.add(new FieldMessage("kind", "validation.required"));
		}
		String text = details == null ? null : details.strip();
		if (kind == Kind.CORRECTION && (text == null || text.isEmpty())) {
			errors.add(new FieldMessage("details", "privacyRequest.details.required"));
		}
		else if (text != null && (text.length() > 2000 || !Text.acceptable(text))) {
			errors.add(new FieldMessage("details", "validation.tooLong"));
		}
		InvalidInput.throwIfAny(errors);
		// One request at a time per kind: the lock keeps two taps from filing two.
		jdbc.sql("select pg_advisory_xact_lock(hashtext(:u))").param("u", "privacy-request:" + person.id()).query((rs, n) -> 1).list();
		if (jdbc.sql("select exists (select 1 from privacy_request where user_id = :u and kind = :k and status = 'OPEN')").param("u", person.id())
			.param("k", kind.name()).query(Boolean.class).single()) {
			throw new Conflict("privacyRequest.alreadyOpen");
		}
		UUID id = UUID.randomUUID();
		LocalDate due = LocalDate.now(clock).plusMonths(1);
		jdbc.sql("""
				insert into privacy_request (id, user_id, organisation_id, kind, details, due_on) values (:id, :u, :o, :k, :d, :due)""")
			.param("id", id).param("u", person.id()).param("o", person.organisationType().isCorporation() ? person.organisationId() : null)
			.param("k", kind.name()).param("d", text == null || text.isEmpty() ? null : text).param("due", due).update();
		audit.record(person.id(), person.organisationId(), "PRIVACY_REQUEST_FILED", "privacy_request", id, "kind=" + kind);
		return get(id, false);
	}

	/** The person's own requests, newest first. */
	@Transactional(readOnly = true)
	public List<Request> mine(CurrentUser person) {
		return jdbc.sql(SELECT + " where r.user_id = :u order by r.created_at desc limit 50").param("u", person.id()).query(Request.class).list()
			.stream().map(r -> withoutPerson(r)).toList();
	}

	/** The requests the user answers: open ones first by their deadline, then the decided ones of the last year. */
	@Transactional(readOnly = true)
	public List<Request> handled(CurrentUser handler) {
		String scope = scope(handler);
		List<Request> requests = jdbc.sql(SELECT + " where " + scope + " and (r.status = 'OPEN' or r.decided_at > now() - interval '1 year')"
				+ " order by r.status <> 'OPEN', r.due_on, r.created_at limit 200")
			.param("o", handler.organisationId()).query(Request.class).list();
		return named(requests);
	}

	/** The person's name instead of their account id (one call to the organisation module for the list). */
	private List<Request> named(List<Request> requests) {
		java.util.Map<UUID, String> names = users.names(requests.stream().map(r -> UUID.fromString(r.person())).collect(java.util.stream.Collectors.toSet()));
		return requests.stream().map(r -> new Request(r.id(), r.kind(), r.details(), r.status(), r.createdAt(), r.dueOn(), r.decidedAt(), r.reason(),
				names.getOrDefault(UUID.fromString(r.person()), "?"))).toList();
	}

	/** Who answers which: the coordinator those of the corporation's people, the admin those of everyone else. */
	private static String scope(CurrentUser handler) {
		if (handler.has(Role.ADMIN)) {
			return "r.organisation_id is null";
		}
		if (handler.has(Role.COORDINATOR) && handler.isCorporationStaff()) {
			return "r.organisation_id = :o";
		}
		throw new Refused("privacyRequest.refused");
	}

	/**
	 * Decides a request: done (for an erasure the data is erased now) or refused with a reason. The person is told by
	 * mail, at the address they had (an erased account has none any more).
	 */
	@Transactional
	public Request decide(CurrentUser handler, UUID id, Decision decision, String reason) {
		String scope = scope(handler);
		record Row(UUID userId, String kind, String status) {
		}
		Row row = jdbc.sql("select r.user_id, r.kind, r.status from privacy_request r where r.id = :id and " + scope + " for update")
			.param("id", id).param("o", handler.organisationId()).query(Row.class).optional().orElseThrow(() -> new NotFound("privacyRequest"));
		if (!row.status().equals("OPEN")) {
			throw new Conflict("privacyRequest.decided");
		}
		String because = reason == null ? null : reason.strip();
		if (decision == null) {
			throw new InvalidInput("decision", "validation.required");
		}
		if (decision == Decision.REFUSED && (because == null || because.isEmpty())) {
			throw new InvalidInput("reason", "privacyRequest.reason.required");
		}
		if (because != null && (because.length() > 1000 || !Text.acceptable(because))) {
			throw new InvalidInput("reason", "validation.tooLong");
		}
		CurrentUser person = users.account(row.userId()).orElseThrow(() -> new Conflict("privacyRequest.accountGone"));
		// Told first, at the address the person has now (in their language): after an erasure there is none.
		outbox.send(person.username(), users.localeOf(person.id()), decision == Decision.DONE ? "privacyRequestDone" : "privacyRequestRefused", false,
				outbox.link("/mijn-gegevens"));
		jdbc.sql("update privacy_request set status = :s, decided_by = :by, decided_at = :at, reason = :r where id = :id").param("s", decision.name())
			.param("by", handler.id()).param("at", OffsetDateTime.now(clock)).param("r", because == null || because.isEmpty() ? null : because)
			.param("id", id).update();
		if (decision == Decision.DONE && row.kind().equals(Kind.ERASURE.name())) {
			// The account last: the others' records point at it until then.
			List<PersonalData> reversed = new ArrayList<>(sources.orderedStream().toList());
			java.util.Collections.reverse(reversed);
			reversed.forEach(source -> source.erase(person));
			jdbc.sql("update privacy_request set details = null where user_id = :u").param("u", person.id()).update();
		}
		audit.record(handler.id(), handler.organisationId(), "PRIVACY_REQUEST_DECIDED", "privacy_request", id, "kind=" + row.kind() + " decision=" + decision);
		return get(id, true);
	}

	private static final String SELECT = """
			select r.id, r.kind, r.details, r.status, r.created_at, r.due_on, r.decided_at, r.reason, r.user_id::text as person
			from privacy_request r""";

	private Request get(UUID id, boolean withPerson) {
		Request request = jdbc.sql(SELECT + " where r.id = :id").param("id", id).query(Request.class).single();
		return withPerson ? named(List.of(request)).get(0) : withoutPerson(request);
	}

	private static Request withoutPerson(Request r) {
		return new Request(r.id(), r.kind(), r.details(), r.status(), r.createdAt(), r.dueOn(), r.decidedAt(), r.reason(), null);
	}
}
