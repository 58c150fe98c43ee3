package nl.ketenimpact.signal.internal;

import nl.ketenimpact.shared.Conflict;

/** A step that may not follow the signal's current state (409: "this step is not possible now"). */
public class SignalStepRefused extends Conflict {

	SignalStepRefused(SignalAction action, SignalStatus status) {
		super("signal.transition.notNow", action.name(), status.name());
	}
}
