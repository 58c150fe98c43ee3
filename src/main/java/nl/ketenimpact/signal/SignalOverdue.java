package nl.ketenimpact.signal;

import java.util.UUID;

/** A signal was not picked up by its deadline (published once per signal by the escalation job); ids only. */
public record SignalOverdue(UUID signalId, UUID projectId, UUID corporationId) {
}
