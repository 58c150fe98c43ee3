package nl.ketenimpact.web;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import nl.ketenimpact.organisation.IdentityProviders;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.stereotype.Component;

/**
 * OAuth2 client registrations from the database, one per organisation with its own identity provider (the
 * registration id is the organisation's id), so the admin adds or changes one at runtime without a restart. The
 * provider's metadata comes from its discovery document, read once per version of the registration.
 */
@Component
class ProviderRegistrations implements ClientRegistrationRepository {

	private final IdentityProviders providers;

	private final Map<String, Cached> cache = new ConcurrentHashMap<>();

	private record Cached(java.time.OffsetDateTime version, ClientRegistration registration) {
	}

	ProviderRegistrations(IdentityProviders providers) {
		this.providers = providers;
	}

	@Override
	public ClientRegistration findByRegistrationId(String registrationId) {
		UUID organisationId;
		try {
			organisationId = UUID.fromString(registrationId);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		return providers.registration(organisationId).map(provider -> {
			Cached cached = cache.get(registrationId);
			if (cached != null && cached.version().equals(provider.updatedAt())) {
				return cached.registration();
			}
			ClientRegistration registration = ClientRegistrations.fromIssuerLocation(provider.issuerUri())
				.registrationId(registrationId)
				.clientId(provider.clientId())
				.clientSecret(provider.clientSecret())
				.clientName(provider.organisationName())
				.scope("openid", "email", "profile")
				.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
				.build();
			cache.put(registrationId, new Cached(provider.updatedAt(), registration));
			return registration;
		}).orElse(null);
	}
}
