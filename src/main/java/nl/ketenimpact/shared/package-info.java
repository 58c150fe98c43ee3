/**
 * Shared kernel: the audit log every module writes to, the failures that map onto HTTP statuses,
 * paging, field messages, the one way forms are submitted ({@link nl.ketenimpact.shared.FormSubmission}), cluster-wide
 * jobs and the mail outbox. Kept deliberately small; it uses no other module.
 * <p>
 * Events: {@link nl.ketenimpact.shared.MailQueued}. Listens to: its own {@code MailQueued} ({@link nl.ketenimpact.shared.Outbox}
 * delivers after commit, retries with backoff, sends once with any number of instances).
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.ketenimpact.shared;
