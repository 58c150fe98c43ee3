package nl.ketenimpact.organisation;

import java.util.Optional;
import java.util.UUID;

import nl.ketenimpact.organisation.internal.InvitationAcceptance;
import nl.ketenimpact.shared.AuditLog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who a sign-in through an organisation's identity provider is (DOMAIN_RULES §8: nobody gets an account they were
 * not invited to). The provider's verified e-mail must be of a domain it serves and match an active user of that
 * organisation, or a pending invitation into it (then accepted, the account without a password).
 */
@Service
public class ProviderSignIn {

	/** Refused, with the message key the login page shows. */
	public static class Refusal extends RuntimeException {

		private final String messageKey;

		Refusal(String messageKey) {
			super("provider sign-in refused: " + messageKey);
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return messageKey;
		}
	}

	private final IdentityProviders providers;

	private final UserManagement users;

	private final InvitationAcceptance acceptance;

	private final AuditLog audit;

	ProviderSignIn(IdentityProviders providers, UserManagement users, InvitationAcceptance acceptance, AuditLog audit) {
		this.providers = providers;
		this.users = users;
		this.acceptance = acceptance;
		this.audit = audit;
	}

	/**
	 * @param organisationId whose provider answered (the client registration's id)
	 * @param emailVerified the provider's {@code email_verified}; null when it does not send one (Entra ID)
	 * @param secondFactor whether the ID token's {@code amr} reports a second factor ({@code mfa})
	 */
	@Transactional(noRollbackFor = Refusal.class)
	public CurrentUser signIn(UUID organisationId, String email, Boolean emailVerified, String name, boolean secondFactor) {
		if (providers.registration(organisationId).isEmpty()) {
			throw refuse(organisationId, "login.provider.unknown");
		}
		if (email == null || email.isBlank() || Boolean.FALSE.equals(emailVerified)) {
			throw refuse(organisationId, "login.provider.noEmail");
		}
		if (!providers.serves(organisationId, email)) {
			throw refuse(organisationId, "login.provider.wrongDomain");
		}
		Optional<CurrentUser> user = users.activeByUsername(email);
		if (user.isPresent() && !user.get().organisationId().equals(organisationId)) {
			throw refuse(organisationId, "login.provider.otherOrganisation");
		}
		if (user.isEmpty() && users.exists(email)) {
			throw refuse(organisationId, "login.deactivated");
		}
		CurrentUser signedIn = user.orElseGet(() -> acceptance.acceptThroughProvider(organisationId, email, name)
			.orElseThrow(() -> refuse(organisationId, "login.provider.notInvited")));
		audit.record(signedIn.id(), organisationId, secondFactor ? "SIGN_IN_PROVIDER_MFA" : "SIGN_IN_PROVIDER", "user", signedIn.id(), null);
		return signedIn;
	}

	private Refusal refuse(UUID organisationId, String key) {
		audit.record(null, organisationId, "SIGN_IN_FAILED", "organisation", organisationId, "provider: " + key);
		return new Refusal(key);
	}
}
