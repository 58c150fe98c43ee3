/**
 * Social return and impact: value sets (waarderingssets), partners' social-return obligations and
 * the contributions that fill them, valued with the building-block method; the project impact
 * figures. The read side: dashboards, exports, the ESRS annual report and the sector benchmark
 * put side by side the aggregates that project, plan, participation and signal compute over their own
 * records (and it feeds plan progress through {@link nl.ketenimpact.plan.ProgressSource}). No other module uses it.
 * <p>
 * Aggregates: {@code Contribution} (pending → approved, a person only with evidence, or rejected with a reason).
 * Events: {@link nl.ketenimpact.impact.ContributionRegistered}, {@link nl.ketenimpact.impact.ContributionReviewed}.
 * Listens to: nothing.
 * <p>
 * Repositories: one {@code JdbcClient} repository per aggregate ({@code …Repository} in {@code internal}); it loads the
 * aggregate with its row locked ({@code for update}), saves what a step changed and is the only place where the
 * aggregate's state names are written. Its write methods require the caller's transaction.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "organisation", "project", "plan", "participation", "signal" })
package nl.ketenimpact.impact;
