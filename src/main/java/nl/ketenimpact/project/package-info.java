/**
 * Verduurzamingsprojecten of a corporation: their chain partners, dwellings (BAG addresses) and
 * resident households. Scoping of everything in a project is decided in one place,
 * {@code ProjectScope}. Uses the organisation module for users and organisations.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "organisation" })
package nl.ketenimpact.project;

import nl.ketenimpact.project.internal.ProjectScope;
