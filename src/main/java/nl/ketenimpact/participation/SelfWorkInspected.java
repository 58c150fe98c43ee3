package nl.ketenimpact.participation;

import java.util.UUID;

/** The project lead inspected a tenant's self-work: passed (payable) or not (back to work). */
public record SelfWorkInspected(UUID taskId, UUID projectId, boolean passed) {
}
