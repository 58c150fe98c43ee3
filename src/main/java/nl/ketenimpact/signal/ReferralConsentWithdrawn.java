package nl.ketenimpact.signal;

import java.util.UUID;

/** The tenant withdrew consent: the institutions no longer see the referral. Carries ids only: no content of the signal. */
public record ReferralConsentWithdrawn(UUID signalId, UUID corporationId) {
}
