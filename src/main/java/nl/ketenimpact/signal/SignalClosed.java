package nl.ketenimpact.signal;

import java.util.UUID;


/** The social team closed a signal with its outcome. Carries ids only: no content of the signal. */
public record SignalClosed(UUID signalId, UUID corporationId, Outcome outcome) {
}
