package nl.ketenimpact.participation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

public record PaymentView(UUID id, String residentName, String payerName, LocalDate paidOn, BigDecimal amount, BigDecimal hours,
		CompensationKind kind, boolean paidAsIncome, UUID taskId) {
}
