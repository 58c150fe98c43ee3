/**
 * Imports dwellings from a corporation's systems: CSV with VERA column names (UTF-8 or Windows-1252,
 * ; or ,) or VERA JSON; a preview first, then a background run with progress; idempotent, so a
 * re-run (also after a crash) ends with exactly the right rows. Uses organisation and project.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "organisation", "project" })
package nl.ketenimpact.importer;
