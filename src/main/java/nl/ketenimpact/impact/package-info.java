/**
 * Social return and impact: value sets (waarderingssets), partners' social-return obligations and
 * the contributions that fill them, valued with the building-block method; the project impact
 * figures. The read side: uses organisation, project and plan (and feeds plan progress through
 * {@link nl.ketenimpact.plan.ProgressSource}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "organisation", "project", "plan" })
package nl.ketenimpact.impact;
