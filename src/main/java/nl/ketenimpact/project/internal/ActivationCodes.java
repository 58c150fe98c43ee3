package nl.ketenimpact.project.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import nl.ketenimpact.organisation.ApiTokens;
import nl.ketenimpact.organisation.AttemptLimit;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.UserManagement;
import nl.ketenimpact.project.Dwellings;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.project.Residents;
import nl.ketenimpact.shared.AuditLog;
import nl.ketenimpact.shared.Gone;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.NotFound;
import nl.ketenimpact.shared.Outbox;
import nl.ketenimpact.shared.Secrets;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tenants' activation codes (DOMAIN_RULES §8): one open code per dwelling, random (10 characters of an alphabet
 * without 0/O/1/I/L: about 49 bits), single-use, valid 90 days. The project lead prints one letter per dwelling; the
 * tenant registers at {@code /activeren} and becomes the RESIDENT of that dwelling (its household made if there was
 * none; at most two accounts per household). Codes are found by their hash and kept encrypted for the letters.
 */
@Service
public class ActivationCodes {

	static final Duration VALID = Duration.ofDays(90);

	static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	static final int LENGTH = 10;

	/** Wrong codes per client address per hour before the address waits (429). */
	static final int WRONG_PER_HOUR = 10;

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private final JdbcClient jdbc;

	private final ProjectScope scope;

	private final ProjectManagement projects;

	private final Residents residents;

	private final Dwellings dwellings;

	private final UserManagement users;

	private final AttemptLimit attempts;

	private final Secrets secrets;

	private final Outbox outbox;

	private final AuditLog audit;

	private final java.time.Clock clock;

	ActivationCodes(JdbcClient jdbc, ProjectScope scope, ProjectManagement projects, Residents residents, Dwellings dwellings, UserManagement users, AttemptLimit attempts,
			Secrets secrets, Outbox outbox, AuditLog audit, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.projects = projects;
		this.residents = residents;
		this.dwellings = dwellings;
		this.users = users;
		this.attempts = attempts;
		this.secrets = secrets;
		this.outbox = outbox;
		this.audit = audit;
		this.clock = clock;
	}

	/** {@code created} codes were made now; {@code total} dwellings of the project have an open code. */
	public record Generated(int created, long total) implements java.io.Serializable {
	}

	/** A dwelling's code state as the dwelling page shows it (never the code itself). */
	public record CodeState(boolean open, OffsetDateTime expiresAt, int accounts, int maxAccounts) {
	}

	/**
	 * A code for every dwelling of the project that has none open and room for another account; an expired open
	 * code is replaced. Repeating the call makes nothing new.
	 */
	@Transactional
	public Generated generate(CurrentUser user, UUID projectId) {
		scope.requireManage(user, projectId);
		OffsetDateTime now = now();
		jdbc.sql("update activation_code set revoked_at = :now where project_id = :p and used_at is null and revoked_at is null and expires_at <= :now")
			.param("p", projectId).param("now", now).update();
		List<UUID> dwellings = jdbc.sql("""
				select d.id from dwelling d
				where d.project_id = :p
				  and not exists (select 1 from activation_code c where c.dwelling_id = d.id and c.used_at is null and c.revoked_at is null)
				  and (select count(*) from resident_account ra where ra.dwelling_id = d.id) < :max
				order by d.straatnaam, d.huisnummer, d.huisletter nulls first, d.huisnummer_toevoeging nulls first""")
			.param("p", projectId).param("max", Residents.MAX_ACCOUNTS_PER_HOUSEHOLD).query(UUID.class).list();
		for (UUID dwelling : dwellings) {
			String code = newCode();
			jdbc.sql("""
					insert into activation_code (id, dwelling_id, project_id, code_hash, code, expires_at, created_by, created_at)
					values (:id, :d, :p, :h, :c, :e, :by, :now)""")
				.param("id", UUID.randomUUID()).param("d", dwelling).param("p", projectId).param("h", ApiTokens.hash(code))
				.param("c", secrets.encrypt(code)).param("e", now.plus(VALID)).param("by", user.id()).param("now", now).update();
		}
		if (!dwellings.isEmpty()) {
			audit.record(user.id(), user.organisationId(), "ACTIVATION_CODES_CREATED", "project", projectId, "count=" + dwellings.size());
		}
		return new Generated(dwellings.size(), openCount(projectId));
	}

	/**
	 * A tenant registers with the code from the letter: a RESIDENT account of the dwelling's corporation, linked to
	 * the dwelling's household (made if there was none). A wrong code counts against the client address.
	 */
	@Transactional
	public UUID activate(String code, String email, String name, String password, String clientAddress, Locale locale) {
		attempts.requireAllowed("activation", clientAddress, WRONG_PER_HOUR);
		String normalised = normalise(code);
		record Open(UUID id, UUID dwellingId, UUID projectId, OffsetDateTime expiresAt, OffsetDateTime usedAt, OffsetDateTime revokedAt) {
		}
		Open open = normalised.length() != LENGTH ? null
				: jdbc.sql("select id, dwelling_id, project_id, expires_at, used_at, revoked_at from activation_code where code_hash = :h for update")
					.param("h", ApiTokens.hash(normalised)).query(Open.class).optional().orElse(null);
		if (open == null) {
			attempts.failed("activation", clientAddress);
			throw new InvalidInput("code", "activation.code.wrong");
		}
		if (open.usedAt() != null) {
			throw new Gone("activation.code.used");
		}
		if (open.revokedAt() != null) {
			throw new Gone("activation.code.revoked");
		}
		if (!open.expiresAt().isAfter(now())) {
			throw new Gone("activation.code.expired");
		}
		UUID corporation = projects.corporationOf(open.projectId());
		UUID userId = users.createResident(email, name, password, corporation, locale == null ? "nl" : locale.getLanguage());
		jdbc.sql("""
				insert into resident (id, dwelling_id, name, email, preferred_language) values (:id, :d, :name, :email, :lang)
				on conflict (dwelling_id) do nothing""")
			.param("id", UUID.randomUUID()).param("d", open.dwellingId()).param("name", name.strip())
			.param("email", email.strip().toLowerCase(Locale.ROOT)).param("lang", locale != null && "en".equals(locale.getLanguage()) ? "en" : "nl")
			.update();
		residents.linkAccount(open.dwellingId(), userId, "code");
		jdbc.sql("update activation_code set used_at = :now, used_by = :u where id = :id").param("id", open.id()).param("u", userId)
			.param("now", now()).update();
		audit.record(userId, corporation, "ACTIVATION_CODE_USED", "dwelling", open.dwellingId(), null);
		return userId;
	}

	/** The open code of a dwelling stops working (a lost letter); a new one can be made. */
	@Transactional
	public void revoke(CurrentUser user, UUID projectId, UUID dwellingId) {
		scope.requireManage(user, projectId);
		dwellings.get(user, projectId, dwellingId);
		int revoked = jdbc.sql("update activation_code set revoked_at = :now where dwelling_id = :d and used_at is null and revoked_at is null")
			.param("d", dwellingId).param("now", now()).update();
		if (revoked == 0) {
			throw new NotFound("activationCode");
		}
		audit.record(user.id(), user.organisationId(), "ACTIVATION_CODE_REVOKED", "dwelling", dwellingId, null);
	}

	/** Ends a tenant's account: it is unlinked from the household and can no longer sign in; its history stays. */
	@Transactional
	public void revokeAccount(CurrentUser user, UUID projectId, UUID dwellingId, UUID accountId) {
		scope.requireManage(user, projectId);
		dwellings.get(user, projectId, dwellingId);
		int unlinked = jdbc.sql("delete from resident_account where dwelling_id = :d and user_id = :u").param("d", dwellingId).param("u", accountId).update();
		if (unlinked == 0) {
			throw new NotFound("account");
		}
		users.deactivateResident(user, accountId);
		audit.record(user.id(), user.organisationId(), "RESIDENT_ACCOUNT_REVOKED", "dwelling", dwellingId, null);
	}

	@Transactional(readOnly = true)
	public CodeState state(CurrentUser user, UUID projectId, UUID dwellingId) {
		scope.requireManage(user, projectId);
		dwellings.get(user, projectId, dwellingId);
		OffsetDateTime expires = jdbc.sql("""
				select expires_at from activation_code where dwelling_id = :d and used_at is null and revoked_at is null and expires_at > :now""")
			.param("d", dwellingId).param("now", now()).query(OffsetDateTime.class).optional().orElse(null);
		int accounts = jdbc.sql("select count(*) from resident_account where dwelling_id = :d").param("d", dwellingId).query(Integer.class).single();
		return new CodeState(expires != null, expires, accounts, Residents.MAX_ACCOUNTS_PER_HOUSEHOLD);
	}

	/** Accounts of a dwelling's household, for the project lead to revoke one. */
	public record HouseholdAccount(UUID userId, String username) {
	}

	@Transactional(readOnly = true)
	public List<HouseholdAccount> accounts(CurrentUser user, UUID projectId, UUID dwellingId) {
		scope.requireManage(user, projectId);
		List<UUID> ids = jdbc.sql("select user_id from resident_account where dwelling_id = :d order by created_at").param("d", dwellingId)
			.query(UUID.class).list();
		return ids.stream().map(id -> new HouseholdAccount(id, users.usernameOf(id).orElse(""))).toList();
	}

	@Transactional(readOnly = true)
	public long openCount(UUID projectId) {
		return jdbc.sql("select count(*) from activation_code where project_id = :p and used_at is null and revoked_at is null and expires_at > :now")
			.param("p", projectId).param("now", now()).query(Long.class).single();
	}

	static String newCode() {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** "abcde-fghjk", with spaces or dashes as typed from the letter, becomes "ABCDEFGHJK". */
	static String normalise(String typed) {
		return typed == null ? "" : typed.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]", "");
	}

	/** Two groups of five, as on the letter. */
	static String format(String code) {
		return code.substring(0, 5) + "-" + code.substring(5);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}
}
