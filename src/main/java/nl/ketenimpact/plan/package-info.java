/**
 * The joint MVO plan of a project: commitments (afspraken) of the corporation and its chain partners,
 * manual progress with evidence files, and partners' period reports with the coordinator's approval.
 * Progress is computed from other modules' records through {@link nl.ketenimpact.plan.ProgressSource}.
 * Uses organisation and project.
 * <p>
 * Aggregates: {@code CommitmentProposal} (draft or proposal → accepted or declined with a reason), {@code PartnerReport}
 * (submitted → approved and locked, or returned with a reason → submitted again).
 * Events: {@link nl.ketenimpact.plan.CommitmentAccepted}, {@link nl.ketenimpact.plan.CommitmentDeclined},
 * {@link nl.ketenimpact.plan.PartnerReportSubmitted}, {@link nl.ketenimpact.plan.PartnerReportApproved},
 * {@link nl.ketenimpact.plan.PartnerReportReturned}.
 * Listens to: nothing.
 * <p>
 * Repositories: one {@code JdbcClient} repository per aggregate ({@code …Repository} in {@code internal}); it loads the
 * aggregate with its row locked ({@code for update}), saves what a step changed and is the only place where the
 * aggregate's state names are written. Its write methods require the caller's transaction.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "organisation", "project" })
package nl.ketenimpact.plan;
