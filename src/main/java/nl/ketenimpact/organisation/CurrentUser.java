package nl.ketenimpact.organisation;

import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * The signed-in user as every module sees it: who, of which organisation, with which roles.
 * Reloaded from the database on every request, so a deactivation or role change acts at once.
 */
public record CurrentUser(UUID id, String username, String name, UUID organisationId, String organisationName,
		OrganisationType organisationType, Set<Role> roles) implements Serializable {

	public CurrentUser {
		roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean hasAny(Collection<Role> wanted) {
		return wanted.stream().anyMatch(roles::contains);
	}

	public boolean isCorporationStaff() {
		return organisationType.isCorporation() && hasAny(Role.CORPORATION_STAFF);
	}

	public boolean isChainPartner() {
		return hasAny(Role.CHAIN_PARTNER);
	}
}
