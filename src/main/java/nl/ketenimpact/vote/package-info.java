/**
 * Draagvlakmeting: tenants vote on a renovation proposal for a complex, and the 70% rule of Burgerlijk Wetboek 7:220
 * lid 3 is applied (DOMAIN_RULES §5). Uses organisation, project (dwellings and households, through their API) and
 * plan (its evidence store keeps the scans of paper forms).
 * <p>
 * Aggregate: {@code Proposal} (draft → open → closed; a change while open makes a new version and the old one
 * superseded). The count is {@code Tally}, plain Java: one vote per tenancy over all tenancies, vacant dwellings out,
 * the presumption only for 10 dwellings or more, exactly 70% enough, the tenant's own vote over a paper form.
 * Individual votes are read by the corporation's staff of the project only; chain partners see turnout per entrance,
 * tenants their own vote and the turnout (the result once closed).
 * Events: {@link nl.ketenimpact.vote.ProposalOpened} (the tenants of the complex are told). Puts on the worklist: votes that close soon or wait to be closed, the 8-week periods after the notice,
 * and an open vote for a tenant who has not voted.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "organisation", "project", "plan" })
package nl.ketenimpact.vote;
