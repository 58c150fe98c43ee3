/**
 * What tenants (and others) can join: opportunities, applications, placements with hours and outcomes,
 * self-work in their own dwelling behind safety and inspection gates, compensation within the
 * volunteer-allowance caps, and activities. Feeds plan progress. Uses organisation, project and plan.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "organisation", "project", "plan" })
package nl.ketenimpact.participation;
