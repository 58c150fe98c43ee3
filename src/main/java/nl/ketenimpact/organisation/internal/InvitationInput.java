package nl.ketenimpact.organisation.internal;

import java.util.Set;
import java.util.UUID;

import nl.ketenimpact.organisation.OrganisationDetails;
import nl.ketenimpact.organisation.Role;

/**
 * Whom to invite: into an existing organisation ({@code organisationId}) or into a new one created in the same step
 * ({@code newOrganisation}, only for a project); {@code projectId} makes the organisation a chain partner of it.
 */
public record InvitationInput(String email, String name, UUID organisationId, Set<Role> roles, UUID projectId,
		OrganisationDetails newOrganisation, String locale) {
}
