/**
 * What tenants (and others) can join: opportunities, applications, placements with hours and outcomes,
 * self-work in their own dwelling behind safety and inspection gates, payments within the volunteer-allowance caps,
 * and activities. Feeds plan progress. Uses organisation, project and plan. Its API: the opportunities and activities
 * the practice module copies into, and the figures the dashboards read.
 * <p>
 * Aggregates: {@code Opportunity} (draft → open), {@code Application} (submitted → accepted into a placement, or declined),
 * {@code internal.Placement} (running → ended once with its outcome), {@code SelfWorkTask} (planned → instructed → started →
 * ready → approved or back to started → paid), {@code Payment} (guarded before it is recorded, never changed),
 * {@code Activity} (planned → held).
 * Events: {@link nl.ketenimpact.participation.OpportunityOpened}, {@link nl.ketenimpact.participation.ApplicationReceived},
 * {@link nl.ketenimpact.participation.ApplicationDecided}, {@link nl.ketenimpact.participation.PlacementEnded},
 * {@link nl.ketenimpact.participation.SelfWorkReadyForInspection}, {@link nl.ketenimpact.participation.SelfWorkInspected},
 * {@link nl.ketenimpact.participation.PaymentRecorded}, {@link nl.ketenimpact.participation.ActivityHeld}.
 * Listens to: its own application and self-work events, for the mails that follow them ({@code internal.ParticipationMails},
 * through the JDBC event publication registry).
 * <p>
 * Repositories: one {@code JdbcClient} repository per aggregate ({@code …Repository} in {@code internal}); it loads the
 * aggregate with its row locked ({@code for update}), saves what a step changed and is the only place where the
 * aggregate's state names are written. Its write methods require the caller's transaction.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "organisation", "project", "plan" })
package nl.ketenimpact.participation;
