package nl.ketenimpact.organisation.internal;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

import nl.ketenimpact.organisation.InvitationAccepted;
import nl.ketenimpact.shared.Conflict;
import nl.ketenimpact.shared.Gone;

/**
 * An invitation's life: pending (expired once past its date, when it can still be resent), then accepted once, or
 * revoked. Plain Java; {@link InvitationRepository} loads it with its row locked and saves what a step changed.
 */
final class Invitation {

	private final UUID id;

	private final UUID organisationId;

	private InvitationStatus status;

	private OffsetDateTime expiresAt;

	private String tokenHash;

	private UUID acceptedBy;

	Invitation(UUID id, UUID organisationId, InvitationStatus stored, OffsetDateTime expiresAt) {
		this.id = id;
		this.organisationId = organisationId;
		this.status = stored;
		this.expiresAt = expiresAt;
	}

	/** The state a person sees: a pending invitation past its date is expired. */
	static InvitationStatus seen(InvitationStatus stored, OffsetDateTime expiresAt, OffsetDateTime now) {
		return stored == InvitationStatus.PENDING && !expiresAt.isAfter(now) ? InvitationStatus.EXPIRED : stored;
	}

	/** Whether the inviter can send a new link, or take it back: pending or expired. */
	static boolean open(InvitationStatus seen) {
		return seen == InvitationStatus.PENDING || seen == InvitationStatus.EXPIRED;
	}

	/** A new link valid until {@code until}; the old link stops working. */
	void resend(String newTokenHash, OffsetDateTime until, OffsetDateTime now) {
		InvitationStatus seen = seen(status, expiresAt, now);
		if (!open(seen)) {
			throw new Conflict("invitation.resend." + seen.name().toLowerCase(Locale.ROOT));
		}
		tokenHash = newTokenHash;
		expiresAt = until;
	}

	/** Revoked; false when it already was (nothing changes). */
	boolean revoke() {
		if (status == InvitationStatus.ACCEPTED) {
			throw new Conflict("invitation.revoke.accepted");
		}
		if (status == InvitationStatus.REVOKED) {
			return false;
		}
		status = InvitationStatus.REVOKED;
		return true;
	}

	/** Used up by the account it made; a link that is not (or no longer) pending says why ({@link Gone}). */
	InvitationAccepted accept(UUID userId, OffsetDateTime now) {
		switch (seen(status, expiresAt, now)) {
			case PENDING -> {
			}
			case ACCEPTED -> throw new Gone("invitation.used");
			case REVOKED -> throw new Gone("invitation.revoked");
			case EXPIRED -> throw new Gone("invitation.expired");
		}
		status = InvitationStatus.ACCEPTED;
		acceptedBy = userId;
		return new InvitationAccepted(id, organisationId, userId);
	}

	UUID id() {
		return id;
	}

	InvitationStatus status() {
		return status;
	}

	OffsetDateTime expiresAt() {
		return expiresAt;
	}

	String tokenHash() {
		return tokenHash;
	}

	UUID acceptedBy() {
		return acceptedBy;
	}
}
