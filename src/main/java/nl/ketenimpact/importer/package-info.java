/**
 * Imports dwellings from a corporation's systems: CSV with VERA column names (UTF-8 or Windows-1252,
 * ; or ,) or VERA JSON; a preview first, then a background run with progress; idempotent, so a
 * re-run (also after a crash) ends with exactly the right rows. Uses organisation and project. No other module
 * uses it: its root package is empty by design.
 * <p>
 * Aggregates: {@code ImportJob} (previewed → running → done or failed; interrupted when its instance died; started again safely).
 * Events: none.
 * Listens to: nothing.
 * <p>
 * Repositories: one {@code JdbcClient} repository per aggregate ({@code …Repository} in {@code internal}); it loads the
 * aggregate with its row locked ({@code for update}), saves what a step changed and is the only place where the
 * aggregate's state names are written. Its write methods require the caller's transaction.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "organisation", "project" })
package nl.ketenimpact.importer;
