/**
 * Draagvlakmeting: tenants vote on a renovation proposal for a complex, and the 70% rule of Burgerlijk Wetboek 7:220
 * lid 3 is applied (DOMAIN_RULES §5). So far the counting rule ({@code Tally}) and the legal minimum of the
 * relocation allowance ({@code RelocationAllowance}), in plain Java; proposals, votes, notices and their pages follow
 * in the issue that builds them. May use shared, organisation and project; no module uses it yet.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "organisation", "project" })
package nl.ketenimpact.vote;
