/**
 * The web kernel: security (form login for the UI, bearer tokens for the API), the layout, the
 * start page per role, locale switching and the mapping of failures onto error pages and
 * problem+json. Uses the organisation and project modules, and the signal module's rule for who reports signals (the
 * start page's first action); no module uses it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "organisation", "project", "signal" })
package nl.ketenimpact.web;
