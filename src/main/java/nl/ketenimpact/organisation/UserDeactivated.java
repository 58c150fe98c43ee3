package nl.ketenimpact.organisation;

import java.util.UUID;

/** A user can no longer sign in: every session of theirs ends. */
public record UserDeactivated(UUID userId) {
}
