package nl.ketenimpact.signal;

import java.util.UUID;


/** The social team recorded a contact with the tenant (what it brought, never its note). Carries ids only: no content of the signal. */
public record SignalContactRecorded(UUID signalId, UUID corporationId, ContactResponse response) {
}
