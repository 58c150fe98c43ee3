package nl.ketenimpact.participation;

import java.util.UUID;

/** An activity was held and recorded with its attendance (it now counts in the plan and the figures). */
public record ActivityHeld(UUID activityId, UUID projectId, ActivityType type) {
}
