package nl.ketenimpact.organisation.internal;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import nl.ketenimpact.organisation.Role;

/** An invitation as its inviters see it (never its token). */
public record InvitationView(UUID id, String email, String name, UUID organisationId, String organisationName, Set<Role> roles,
		UUID projectId, InvitationStatus status, OffsetDateTime expiresAt, OffsetDateTime createdAt, String invitedByName) {

	/** Whether the link still works (it shows until when). */
	public boolean pending() {
		return status == InvitationStatus.PENDING;
	}

	/** Whether the inviter can still resend or revoke it: pending or expired. */
	public boolean open() {
		return Invitation.open(status);
	}
}
