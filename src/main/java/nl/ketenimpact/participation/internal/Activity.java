package nl.ketenimpact.participation.internal;

import java.util.UUID;

import nl.ketenimpact.participation.ActivityHeld;
import nl.ketenimpact.participation.ActivityInput;
import nl.ketenimpact.participation.ActivityStatus;
import nl.ketenimpact.shared.Conflict;

/**
 * An activity: planned (a date, no attendance, counts nowhere) until it is held with its attendance; once held it cannot
 * be held again. Plain Java; holding registers {@link ActivityHeld} and {@link ActivityRepository} saves it.
 */
public final class Activity {

	private final UUID id;

	private final UUID projectId;

	private ActivityStatus status;

	Activity(UUID id, UUID projectId, ActivityStatus status) {
		this.id = id;
		this.projectId = projectId;
		this.status = status;
	}

	static boolean holdable(ActivityStatus status) {
		return status == ActivityStatus.PLANNED;
	}

	public ActivityHeld hold(ActivityInput input) {
		if (!holdable(status)) {
			throw new ActivityAlreadyHeld();
		}
		status = ActivityStatus.HELD;
		return new ActivityHeld(id, projectId, input.type());
	}

	UUID id() {
		return id;
	}

	public UUID projectId() {
		return projectId;
	}

	/** Holding an activity that was held already (409). */
	static final class ActivityAlreadyHeld extends Conflict {

		ActivityAlreadyHeld() {
			super("activity.alreadyHeld");
		}
	}
}
