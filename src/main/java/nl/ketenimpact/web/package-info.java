/**
 * The web kernel: security (form login for the UI, bearer tokens for the API), the layout, locale switching and the
 * mapping of failures onto error pages and problem+json. Uses the organisation module; no module uses it (the start
 * page is the worklist module's).
 * <p>
 * Listens to: the organisation module's {@link nl.ketenimpact.organisation.PasswordChanged} and
 * {@link nl.ketenimpact.organisation.UserDeactivated} ({@code SessionEnding} ends the user's sessions in the same
 * transaction, so the change and the sign-out happen together).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "organisation" })
package nl.ketenimpact.web;
