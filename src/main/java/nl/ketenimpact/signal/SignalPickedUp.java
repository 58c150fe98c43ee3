package nl.ketenimpact.signal;

import java.util.UUID;

/** The social team took a signal up. Carries ids only: no content of the signal. */
public record SignalPickedUp(UUID signalId, UUID corporationId) {
}
