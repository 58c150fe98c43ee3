package nl.ketenimpact.organisation;

import java.util.UUID;

/**
 * A user's password was set anew (changed by themselves, reset by mail, or set by the admin): their sessions end,
 * except, when they changed it themselves, the one they did it in.
 */
public record PasswordChanged(UUID userId, boolean byOwner) {
}
