package nl.ketenimpact.signal;

import java.util.UUID;

/** A signal was referred to an institution, with a lawful basis. Carries ids only: no content of the signal. */
public record SignalReferred(UUID signalId, UUID corporationId, UUID institutionId) {
}
