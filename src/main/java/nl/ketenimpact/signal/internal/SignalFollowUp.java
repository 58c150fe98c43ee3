package nl.ketenimpact.signal.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.OrganisationManagement;
import nl.ketenimpact.organisation.OrganisationView;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.shared.NotFound;
import nl.ketenimpact.shared.Refused;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The follow-up of a signal by the social team, and a case worker's answer to a referral ({@link Signal} guards the steps). */
@Service
public class SignalFollowUp {

	private final SignalRepository repository;

	private final SignalAccessLog accessLog;

	private final OrganisationManagement organisations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SignalFollowUp(SignalRepository repository, SignalAccessLog accessLog, OrganisationManagement organisations, ApplicationEventPublisher events,
			Clock clock) {
		this.repository = repository;
		this.accessLog = accessLog;
		this.organisations = organisations;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * One step of the follow-up. Who may act is decided here; whether the step may follow, what it needs and what
	 * it changes is the {@link Signal}'s. Its events are published in this transaction (the registry keeps them for
	 * the listeners), and the step is in the access log.
	 */
	@Transactional
	public void transition(CurrentUser user, UUID signalId, TransitionInput input) {
		SignalRepository.Row row = repository.row(signalId);
		boolean team = SignalRoles.socialTeam(user, row.corporationId());
		boolean recipient = user.has(Role.CASE_WORKER) && repository.referralRows(signalId).stream()
			.anyMatch(r -> r.organisationId().equals(user.organisationId()) && r.consentWithdrawnAt() == null);
		boolean mayAct = switch (input.action()) {
			case REPORT_BACK -> recipient;
			case WITHDRAW_CONSENT -> team || recipient;
			default -> team;
		};
		if (!mayAct) {
			if (team || recipient || row.reporterId().equals(user.id()) || SignalRoles.corporationStaff(user, row.corporationId())) {
				throw new Refused("signal.transition.refused");
			}
			throw new NotFound("signal");
		}
		Signal signal = repository.lockedForUpdate(signalId);
		boolean receivesReferrals = input.organisationId() != null && organisations.find(input.organisationId())
			.filter(OrganisationView::active).filter(o -> SignalRoles.receivesReferrals(o.type())).isPresent();
		signal.apply(input, user.id(), OffsetDateTime.now(clock), LocalDate.now(clock), receivesReferrals, team, user.organisationId());
		repository.save(signal);
		signal.events().forEach(events::publishEvent);
		accessLog.log(signalId, row.corporationId(), user, input.action().name(), null);
	}

	/** Institutions a social worker can refer to. */
	@Transactional(readOnly = true)
	public List<OrganisationView> institutions(CurrentUser user) {
		if (!SignalRoles.socialWorker(user)) {
			throw new Refused("signal.queue.refused");
		}
		return organisations.activeForPicking(user).stream().filter(o -> SignalRoles.receivesReferrals(o.type())).toList();
	}
}
