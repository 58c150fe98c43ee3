/**
 * The best-practice library: practices published from a corporation's project with results measured
 * from its records, found by theme and keyword, ranked by results relative to effort, and copied into
 * another project as drafts. Uses organisation, project, plan, participation and signal (read only).
 * <p>
 * Aggregates: none: publishing and copying are single steps.
 * Events: {@link nl.ketenimpact.practice.PracticeCopied}.
 * Listens to: nothing.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "organisation", "project", "plan", "participation", "signal" })
package nl.ketenimpact.practice;
