/**
 * Each role's day: the worklist on the start page (and {@code GET /api/v1/me/worklist}), made from what every module
 * puts on it through the organisation module's {@link nl.ketenimpact.organisation.WorkItems}, with its count in the menu.
 * It fills the web kernel's menu numbers ({@link nl.ketenimpact.web.MenuBadges}). Uses every module; no module uses it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "organisation", "project", "plan", "impact", "participation",
		"importer", "practice", "signal", "vote", "web" })
package nl.ketenimpact.worklist;
