package nl.ketenimpact.privacy.internal;

import java.util.List;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.PersonalData;
import nl.ketenimpact.privacy.PrivacyRequests;

import org.springframework.stereotype.Component;

/** The person's own requests in "Mijn gegevens"; they are kept as proof of how they were answered. */
@Component
class RequestPersonalData implements PersonalData {

	private final PrivacyRequests requests;

	RequestPersonalData(PrivacyRequests requests) {
		this.requests = requests;
	}

	@Override
	public List<Part> of(CurrentUser person) {
		List<PrivacyRequests.Request> mine = requests.mine(person);
		return mine.isEmpty() ? List.of() : List.of(new Part("PRIVACY_REQUESTS", mine.stream().map(r -> PersonalData.record("kind", r.kind().name(),
				"status", r.status(), "createdAt", r.createdAt(), "dueOn", r.dueOn(), "decidedAt", r.decidedAt(), "reason", r.reason())).toList()));
	}

	@Override
	public void erase(CurrentUser person) {
		// Kept as proof of the answer (the details are cleared once an erasure is done).
	}
}
