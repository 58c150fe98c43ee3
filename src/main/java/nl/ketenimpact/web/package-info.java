/**
 * The web kernel: security (form login for the UI, bearer tokens for the API), the layout, the
 * start page per role, locale switching and the mapping of failures onto error pages and
 * problem+json. Uses the organisation and project modules, and the signal module's rule for who reports signals (the
 * start page's first action); no module uses it.
 * <p>
 * Listens to: the organisation module's {@link nl.ketenimpact.organisation.PasswordChanged} and
 * {@link nl.ketenimpact.organisation.UserDeactivated} ({@code SessionEnding} ends the user's sessions in the same
 * transaction, so the change and the sign-out happen together).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "organisation", "project", "signal" })
package nl.ketenimpact.web;
