package nl.ketenimpact.participation.internal;

import nl.ketenimpact.shared.Conflict;

/** A self-work step that may not follow the task's state now (409, the gate's message). */
public class SelfWorkStepRefused extends Conflict {

	SelfWorkStepRefused(String messageKey) {
		super(messageKey);
	}
}
