/**
 * Zorgsignalen: concerns a worker notices behind the front door, routed to the corporation's social
 * team and, with a lawful basis, to an institution. Privacy by design: reporters see only a status,
 * every read and change is logged, content is purged after the retention period, statistics hide
 * small numbers. Never call this signalering in the UI. Uses organisation and project. Its API:
 * {@link nl.ketenimpact.signal.SignalIntake} (the start page's first action), and the anonymous figures
 * ({@link nl.ketenimpact.signal.SignalFigures}, {@link nl.ketenimpact.signal.SignalStatistics}) the dashboards read.
 * <p>
 * Aggregates: {@code Signal} with its referrals (received → picked up → contacted, referred or closed; see {@code SignalRules}).
 * Events: (ids only, never content) {@link nl.ketenimpact.signal.SignalReceived}, {@link nl.ketenimpact.signal.SignalPickedUp},
 * {@link nl.ketenimpact.signal.SignalContactRecorded}, {@link nl.ketenimpact.signal.SignalContactAttemptFailed},
 * {@link nl.ketenimpact.signal.SignalReferred}, {@link nl.ketenimpact.signal.ReferralConsentWithdrawn},
 * {@link nl.ketenimpact.signal.ReferralReportedBack}, {@link nl.ketenimpact.signal.SignalClosed}.
 * Listens to: nothing.
 * <p>
 * Repositories: one {@code JdbcClient} repository per aggregate ({@code …Repository} in {@code internal}); it loads the
 * aggregate with its row locked ({@code for update}), saves what a step changed and is the only place where the
 * aggregate's state names are written. Its write methods require the caller's transaction.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "organisation", "project" })
package nl.ketenimpact.signal;
