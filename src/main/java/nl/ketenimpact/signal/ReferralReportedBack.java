package nl.ketenimpact.signal;

import java.util.UUID;


/** An institution reported back on a referral to the corporation's social team. Carries ids only: no content of the signal. */
public record ReferralReportedBack(UUID signalId, UUID institutionId, ReferralOutcome outcome, UUID corporationId) {
}
