package nl.ketenimpact.signal;

import java.util.UUID;


/** A signal was registered; it waits in the social team's queue (the event carries no observation and no address). */
public record SignalReceived(UUID signalId, UUID projectId, UUID corporationId, Urgency urgency) {
}
