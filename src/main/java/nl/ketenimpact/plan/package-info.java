/**
 * The joint MVO plan of a project: commitments (afspraken) of the corporation and its chain partners,
 * manual progress with evidence files, and partners' period reports with the coordinator's approval.
 * Progress is computed from other modules' records through {@link nl.ketenimpact.plan.ProgressSource}.
 * Uses organisation and project.
 * <p>
 * Aggregate: {@code CommitmentProposal} (draft or proposal → accepted or declined). Events:
 * {@link nl.ketenimpact.plan.CommitmentAccepted}, {@link nl.ketenimpact.plan.CommitmentDeclined}. Listens to nothing.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "organisation", "project" })
package nl.ketenimpact.plan;

import nl.ketenimpact.plan.internal.CommitmentProposal;
