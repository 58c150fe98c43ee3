package nl.ketenimpact.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.ketenimpact.plan.internal.CommitmentRepository;
import nl.ketenimpact.project.ProjectAccess;
import nl.ketenimpact.shared.AuditLog;
import nl.ketenimpact.shared.Conflict;
import nl.ketenimpact.shared.FileUpload;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.Refused;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Manual progress on an accepted commitment, with its evidence: by the corporation, or by the partner it belongs to. */
@Service
public class ProgressEntries {

	private final CommitmentManagement commitments;

	private final CommitmentRepository repository;

	private final EvidenceStore evidence;

	private final AuditLog audit;

	private final Clock clock;

	ProgressEntries(CommitmentManagement commitments, CommitmentRepository repository, EvidenceStore evidence, AuditLog audit, Clock clock) {
		this.commitments = commitments;
		this.repository = repository;
		this.evidence = evidence;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Manual progress with an optional evidence file, all in one transaction: an entry is never saved
	 * without its file, nor a file without its entry.
	 */
	@Transactional
	public UUID add(ProjectAccess access, UUID commitmentId, ProgressInput input, FileUpload file) {
		CommitmentView commitment = commitments.get(access, commitmentId);
		boolean own = access.leadsPartner() && access.partnerOrganisationId().equals(commitment.partnerId());
		if (!access.plansForCorporation() && !own) {
			throw new Refused("progress.refused");
		}
		if (commitment.status() != CommitmentStatus.ACCEPTED) {
			throw new Conflict("progress.notInPlan");
		}
		if (input.occurredOn().isAfter(LocalDate.now(clock))) {
			throw new InvalidInput("occurredOn", "progress.occurredOn.future");
		}
		UUID evidenceId = null;
		if (file != null && file.content() != null && file.content().length > 0) {
			UUID owner = commitment.partnerId() != null ? commitment.partnerId() : access.project().corporationId();
			evidenceId = evidence.store(access, owner, file);
		}
		UUID id = repository.insertProgress(commitmentId, input, evidenceId, access.user().id());
		audit.record(access.user().id(), "PROGRESS_RECORDED", "commitment", commitmentId, null);
		return id;
	}

	@Transactional(readOnly = true)
	public List<ProgressEntryView> of(ProjectAccess access, UUID commitmentId) {
		commitments.get(access, commitmentId);
		return repository.entries(commitmentId);
	}
}
