/**
 * Verduurzamingsprojecten of a corporation: their chain partners, dwellings (BAG addresses), resident households and
 * activation codes. Scoping of everything in a project is decided in one place, {@code internal.ProjectScope}. Uses
 * the organisation module for users and organisations. Its API: {@link nl.ketenimpact.project.ProjectManagement}
 * (projects and the user's {@link nl.ketenimpact.project.ProjectAccess}), {@link nl.ketenimpact.project.Dwellings},
 * {@link nl.ketenimpact.project.Partners}, {@link nl.ketenimpact.project.Residents} and their read DTOs.
 * <p>
 * Aggregates: the project's status (preparation → execution → completed, one step at a time, {@link nl.ketenimpact.project.ProjectStatus}),
 * written by {@code internal.ProjectRepository}.
 * Events: none yet.
 * Listens to: nothing.
 * <p>
 * Repositories: one {@code JdbcClient} repository per aggregate ({@code …Repository} in {@code internal}); it loads the
 * aggregate with its row locked ({@code for update}), saves what a step changed and is the only place where the
 * aggregate's state names are written. Its write methods require the caller's transaction.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "organisation" })
package nl.ketenimpact.project;
