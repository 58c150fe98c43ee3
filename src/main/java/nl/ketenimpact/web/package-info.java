/**
 * The web kernel: security (form login for the UI, bearer tokens for the API), the layout, the
 * start page per role, locale switching and the mapping of failures onto error pages and
 * problem+json. Uses the organisation and project modules; no module uses it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "organisation", "project" })
package nl.ketenimpact.web;
