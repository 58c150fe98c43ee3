/**
 * The web kernel: security (form login for the UI, bearer tokens for the API), the layout, locale switching and the
 * mapping of failures onto error pages and problem+json. Uses the organisation module; the worklist module (whose start
 * page it is) fills the menu's numbers through {@link nl.ketenimpact.web.MenuBadges}.
 * <p>
 * Listens to: the organisation module's {@link nl.ketenimpact.organisation.PasswordChanged} and
 * {@link nl.ketenimpact.organisation.UserDeactivated} ({@code SessionEnding} ends the user's sessions in the same
 * transaction, so the change and the sign-out happen together).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "organisation" })
package nl.ketenimpact.web;
