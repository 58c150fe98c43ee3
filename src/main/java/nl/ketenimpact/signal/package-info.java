/**
 * Zorgsignalen: concerns a worker notices behind the front door, routed to the corporation's social
 * team and, with a lawful basis, to an institution. Privacy by design: reporters see only a status,
 * every read and change is logged, content is purged after the retention period, statistics hide
 * small numbers. Never call this signalering in the UI. Uses organisation and project.
 * <p>
 * Aggregate: {@code Signal} (with its referrals), loaded and saved by {@code SignalRepository}, the one writer of the
 * follow-up's states. Events (ids only, never content): {@link nl.ketenimpact.signal.SignalPickedUp},
 * {@link nl.ketenimpact.signal.SignalContactRecorded}, {@link nl.ketenimpact.signal.SignalContactAttemptFailed},
 * {@link nl.ketenimpact.signal.SignalReferred}, {@link nl.ketenimpact.signal.ReferralConsentWithdrawn},
 * {@link nl.ketenimpact.signal.ReferralReportedBack}, {@link nl.ketenimpact.signal.SignalClosed}. Listens to nothing.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "organisation", "project" })
package nl.ketenimpact.signal;

import nl.ketenimpact.signal.internal.Signal;
import nl.ketenimpact.signal.internal.SignalRepository;
