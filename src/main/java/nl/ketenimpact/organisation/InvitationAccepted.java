package nl.ketenimpact.organisation;

import java.util.UUID;

/** An invitation was accepted: {@code userId} is the account it made in the organisation. */
public record InvitationAccepted(UUID invitationId, UUID organisationId, UUID userId) {
}
