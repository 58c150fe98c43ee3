/**
 * Organisations (corporations, chain partners, institutions), their users and roles, and the
 * API tokens users authenticate with. Uses no other module. Its API: {@link
 * nl.ketenimpact.organisation.OrganisationManagement}, {@link nl.ketenimpact.organisation.UserManagement},
 * {@link nl.ketenimpact.organisation.ApiTokens} and the {@link nl.ketenimpact.organisation.CurrentUser}
 * every other module scopes on.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package nl.ketenimpact.organisation;
