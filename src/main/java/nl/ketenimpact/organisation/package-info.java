/**
 * Organisations (corporations, chain partners, institutions), their users and roles, invitations, password resets,
 * second factors, identity providers and the API tokens users authenticate with. Uses no other module. Its API:
 * {@link nl.ketenimpact.organisation.OrganisationManagement}, {@link nl.ketenimpact.organisation.UserManagement},
 * {@link nl.ketenimpact.organisation.ApiTokens} and the {@link nl.ketenimpact.organisation.CurrentUser} every other
 * module scopes on; the sign-in pieces the web kernel uses; {@link nl.ketenimpact.organisation.PartnerProjects}, the
 * SPI through which the project module lets an invitation make a chain partner.
 * <p>
 * Aggregates: {@code Invitation} (pending → accepted once, or revoked; expired past its date).
 * Events: {@link nl.ketenimpact.organisation.PasswordChanged}, {@link nl.ketenimpact.organisation.UserDeactivated} (the web kernel ends
 * the user's sessions), {@link nl.ketenimpact.organisation.InvitationAccepted}.
 * Listens to: nothing.
 * <p>
 * Repositories: one {@code JdbcClient} repository per aggregate ({@code …Repository} in {@code internal}); it loads the
 * aggregate with its row locked ({@code for update}), saves what a step changed and is the only place where the
 * aggregate's state names are written. Its write methods require the caller's transaction.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package nl.ketenimpact.organisation;
