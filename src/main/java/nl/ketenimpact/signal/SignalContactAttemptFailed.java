package nl.ketenimpact.signal;

import java.util.UUID;

/** A contact attempt failed; the social team tries again on {@code retryOn}. Carries ids only: no content of the signal. */
public record SignalContactAttemptFailed(UUID signalId, UUID corporationId, java.time.LocalDate retryOn) {
}
