/**
 * What tenants (and others) can join: opportunities, applications, placements with hours and outcomes,
 * self-work in their own dwelling behind safety and inspection gates, compensation within the
 * volunteer-allowance caps, and activities. Feeds plan progress. Uses organisation, project and plan.
 * <p>
 * Events: {@link nl.ketenimpact.participation.ApplicationReceived}, {@link nl.ketenimpact.participation.ApplicationDecided},
 * {@link nl.ketenimpact.participation.SelfWorkReadyForInspection}. Listens to its own events for the mails that follow
 * them ({@code internal.ParticipationMails}, through the JDBC event publication registry).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "organisation", "project", "plan" })
package nl.ketenimpact.participation;
