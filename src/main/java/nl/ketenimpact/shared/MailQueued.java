package nl.ketenimpact.shared;

import java.util.UUID;

/** A mail was written to the outbox in a committed transaction; its delivery follows (never its content in the event). */
public record MailQueued(UUID mailId) {
}
