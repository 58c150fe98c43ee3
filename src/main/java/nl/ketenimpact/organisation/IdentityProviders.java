package nl.ketenimpact.organisation;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.ketenimpact.shared.AuditLog;
import nl.ketenimpact.shared.FieldMessage;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.NotFound;
import nl.ketenimpact.shared.Secrets;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organisation's own OpenID Connect provider, registered by the admin at runtime: issuer, client id, client
 * secret (encrypted at rest, never shown again), the e-mail domains it serves and whether passwords remain allowed.
 * The web layer builds the OAuth2 client registration from it; sign-in through it only reaches an active, invited
 * user of that organisation.
 */
@Service
public class IdentityProviders {

	private final JdbcClient jdbc;

	private final Secrets secrets;

	private final AuditLog audit;

	private final OrganisationManagement organisations;

	private final java.time.Clock clock;

	IdentityProviders(JdbcClient jdbc, Secrets secrets, AuditLog audit, OrganisationManagement organisations, java.time.Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.secrets = secrets;
		this.audit = audit;
		this.organisations = organisations;
	}

	/** What the admin enters; an empty secret on a change keeps the stored one. */
	public record ProviderInput(String issuerUri, String clientId, String clientSecret, List<String> emailDomains, Boolean passwordsAllowed) {
	}

	/** A provider as the admin sees it: never the secret. */
	public record ProviderView(UUID organisationId, String organisationName, String issuerUri, String clientId, List<String> emailDomains,
			boolean passwordsAllowed, OffsetDateTime updatedAt) {
	}

	/** What the OAuth2 client needs; the secret decrypted, only for the web layer's client registration. */
	public record Registration(UUID organisationId, String organisationName, String issuerUri, String clientId, String clientSecret,
			OffsetDateTime updatedAt) {
	}

	@Transactional
	public ProviderView save(CurrentUser admin, UUID organisationId, ProviderInput input) {
		OrganisationManagement.requireAdmin(admin);
		OrganisationView organisation = organisations.find(organisationId).orElseThrow(() -> new NotFound("organisation"));
		boolean exists = find(organisationId).isPresent();
		List<FieldMessage> errors = new ArrayList<>();
		String issuer = input.issuerUri() == null ? "" : input.issuerUri().strip();
		if (!validIssuer(issuer)) {
			errors.add(new FieldMessage("issuerUri", "identityProvider.issuer.invalid"));
		}
		if (input.clientId() == null || input.clientId().isBlank() || input.clientId().length() > 200) {
			errors.add(new FieldMessage("clientId", "validation.required"));
		}
		boolean newSecret = input.clientSecret() != null && !input.clientSecret().isBlank();
		if (!newSecret && !exists) {
			errors.add(new FieldMessage("clientSecret", "validation.required"));
		}
		if (newSecret && input.clientSecret().length() > 500) {
			errors.add(new FieldMessage("clientSecret", "validation.size.max", 500));
		}
		Set<String> domains = new LinkedHashSet<>();
		for (String domain : input.emailDomains() == null ? List.<String>of() : input.emailDomains()) {
			String normalised = domain == null ? "" : domain.strip().toLowerCase(Locale.ROOT).replaceFirst("^@", "");
			if (!normalised.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+") || normalised.length() > 120) {
				errors.add(new FieldMessage("emailDomains", "identityProvider.domain.invalid", normalised));
				continue;
			}
			UUID owner = jdbc.sql("select organisation_id from identity_provider_domain where domain = :d").param("d", normalised)
				.query(UUID.class).optional().orElse(organisationId);
			if (!owner.equals(organisationId)) {
				errors.add(new FieldMessage("emailDomains", "identityProvider.domain.taken", normalised));
			}
			domains.add(normalised);
		}
		if (domains.isEmpty() && errors.stream().noneMatch(e -> e.field().equals("emailDomains"))) {
			errors.add(new FieldMessage("emailDomains", "identityProvider.domain.required"));
		}
		InvalidInput.throwIfAny(errors);
		OffsetDateTime now = OffsetDateTime.now(clock);
		if (exists) {
			jdbc.sql("update identity_provider set issuer_uri = :i, client_id = :c, passwords_allowed = :p, updated_at = :now where organisation_id = :o")
				.param("o", organisationId).param("i", issuer).param("c", input.clientId().strip())
				.param("p", Boolean.TRUE.equals(input.passwordsAllowed())).param("now", now).update();
			if (newSecret) {
				jdbc.sql("update identity_provider set client_secret = :s where organisation_id = :o").param("o", organisationId)
					.param("s", secrets.encrypt(input.clientSecret().strip())).update();
			}
		}
		else {
			jdbc.sql("""
					insert into identity_provider (organisation_id, issuer_uri, client_id, client_secret, passwords_allowed, updated_at)
					values (:o, :i, :c, :s, :p, :now)""")
				.param("o", organisationId).param("i", issuer).param("c", input.clientId().strip())
				.param("s", secrets.encrypt(input.clientSecret().strip())).param("p", Boolean.TRUE.equals(input.passwordsAllowed()))
				.param("now", now).update();
		}
		jdbc.sql("delete from identity_provider_domain where organisation_id = :o").param("o", organisationId).update();
		for (String domain : domains) {
			jdbc.sql("insert into identity_provider_domain (domain, organisation_id) values (:d, :o)").param("d", domain).param("o", organisationId).update();
		}
		audit.record(admin.id(), organisationId, "IDENTITY_PROVIDER_SAVED", "organisation", organisationId, "issuer=" + URI.create(issuer).getHost());
		return find(organisationId).orElseThrow();
	}

	@Transactional
	public void remove(CurrentUser admin, UUID organisationId) {
		OrganisationManagement.requireAdmin(admin);
		if (jdbc.sql("delete from identity_provider where organisation_id = :o").param("o", organisationId).update() == 0) {
			throw new NotFound("identityProvider");
		}
		audit.record(admin.id(), organisationId, "IDENTITY_PROVIDER_REMOVED", "organisation", organisationId, null);
	}

	@Transactional(readOnly = true)
	public Optional<ProviderView> get(CurrentUser admin, UUID organisationId) {
		OrganisationManagement.requireAdmin(admin);
		return find(organisationId);
	}

	/** The provider that serves the domain of this e-mail address (home realm discovery). */
	@Transactional(readOnly = true)
	public Optional<ProviderView> forEmail(String email) {
		String normalised = UserManagement.normaliseUsername(email);
		int at = normalised.lastIndexOf('@');
		if (at < 0) {
			return Optional.empty();
		}
		return jdbc.sql("select organisation_id from identity_provider_domain where domain = :d").param("d", normalised.substring(at + 1))
			.query(UUID.class).optional().flatMap(this::find);
	}

	@Transactional(readOnly = true)
	public Optional<Registration> registration(UUID organisationId) {
		return jdbc.sql("""
				select p.organisation_id, o.name as organisation_name, p.issuer_uri, p.client_id, p.client_secret, p.updated_at
				from identity_provider p join organisation o on o.id = p.organisation_id where p.organisation_id = :o and o.active""")
			.param("o", organisationId)
			.query((rs, n) -> new Registration(rs.getObject("organisation_id", UUID.class), rs.getString("organisation_name"),
					rs.getString("issuer_uri"), rs.getString("client_id"), secrets.decrypt(rs.getString("client_secret")),
					rs.getObject("updated_at", OffsetDateTime.class)))
			.optional();
	}

	/** Whether users of the organisation may still sign in with a password (true without a provider). */
	@Transactional(readOnly = true)
	public boolean passwordsAllowed(UUID organisationId) {
		return jdbc.sql("select passwords_allowed from identity_provider where organisation_id = :o").param("o", organisationId)
			.query(Boolean.class).optional().orElse(true);
	}

	/** Whether the organisation's provider serves this e-mail address's domain. */
	@Transactional(readOnly = true)
	public boolean serves(UUID organisationId, String email) {
		return forEmail(email).map(p -> p.organisationId().equals(organisationId)).orElse(false);
	}

	private Optional<ProviderView> find(UUID organisationId) {
		List<String> domains = jdbc.sql("select domain from identity_provider_domain where organisation_id = :o order by domain")
			.param("o", organisationId).query(String.class).list();
		return jdbc.sql("""
				select p.organisation_id, o.name, p.issuer_uri, p.client_id, p.passwords_allowed, p.updated_at
				from identity_provider p join organisation o on o.id = p.organisation_id where p.organisation_id = :o""")
			.param("o", organisationId)
			.query((rs, n) -> new ProviderView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), domains,
					rs.getBoolean(5), rs.getObject(6, OffsetDateTime.class)))
			.optional();
	}

	/** https, or http only on this machine (a provider in a test or on a developer's laptop). */
	static boolean validIssuer(String issuer) {
		try {
			URI uri = URI.create(issuer);
			if (uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null || issuer.length() > 300) {
				return false;
			}
			return "https".equals(uri.getScheme())
					|| "http".equals(uri.getScheme()) && ("localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost()));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}
}
