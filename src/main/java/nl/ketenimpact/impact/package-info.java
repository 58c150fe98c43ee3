/**
 * Social return and impact: value sets (waarderingssets), partners' social-return obligations and
 * the contributions that fill them, valued with the building-block method; the project impact
 * figures. The read side: dashboards, exports, the ESRS annual report and the sector benchmark
 * put side by side the aggregates that project, plan, participation and signal compute over their own
 * records (and it feeds plan progress through {@link nl.ketenimpact.plan.ProgressSource}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "organisation", "project", "plan", "participation", "signal" })
package nl.ketenimpact.impact;
