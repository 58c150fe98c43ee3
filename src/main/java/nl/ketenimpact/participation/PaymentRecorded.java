package nl.ketenimpact.participation;

import java.util.UUID;

/** A payment to a resident was recorded ({@code taskId} when it pays for self-work, else null); the amount stays in the module. */
public record PaymentRecorded(UUID paymentId, UUID projectId, UUID taskId) {
}
