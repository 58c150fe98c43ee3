package nl.ketenimpact.organisation;

import java.util.Set;
import java.util.UUID;

import nl.ketenimpact.organisation.Role;

/** A user account as the admin sees it; never carries the password hash. */
public record UserView(UUID id, String username, String name, UUID organisationId, String organisationName,
		Set<Role> roles, boolean active) {
}
