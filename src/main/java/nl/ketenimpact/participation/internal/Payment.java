package nl.ketenimpact.participation.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import nl.ketenimpact.organisation.OrganisationType;
import nl.ketenimpact.participation.PaymentRecorded;
import nl.ketenimpact.shared.InvalidInput;

/**
 * A payment to a resident, guarded before it is recorded (DOMAIN_RULES §3): a volunteer allowance stays within the caps
 * of the year unless it is explicitly paid as income, and a payer liable for corporate tax must acknowledge that it pays
 * one. A payment for self-work is recorded only after the task's inspection passed ({@link SelfWorkTask#markPaid}).
 * Payments are never changed afterwards (fiscal record). Plain Java; {@link PaymentRepository} saves it.
 */
final class Payment {

	/** Organisations that are, as a rule, liable for corporate tax and so cannot pay tax-free volunteer allowances. */
	static final Set<OrganisationType> TAX_LIABLE = EnumSet.of(OrganisationType.HOUSING_CORPORATION, OrganisationType.MAIN_CONTRACTOR,
			OrganisationType.SUBCONTRACTOR, OrganisationType.SUPPLIER, OrganisationType.ADVISOR);

	private final UUID id;

	private final UUID projectId;

	private final PaymentInput input;

	private Payment(UUID projectId, PaymentInput input) {
		this.id = UUID.randomUUID();
		this.projectId = projectId;
		this.input = input;
	}

	/**
	 * A payment as it will be recorded; {@code exceeded} are the caps a volunteer allowance would exceed (see
	 * {@link AllowanceCheck}), {@code payerType} the payer's kind of organisation.
	 */
	static Payment of(UUID projectId, PaymentInput input, List<AllowanceCheck.Warning> exceeded, OrganisationType payerType) {
		if (input.kind() == CompensationKind.VOLUNTEER_ALLOWANCE && !input.paidAsIncome()) {
			if (!exceeded.isEmpty()) {
				throw new PaymentOverCap(exceeded.get(0));
			}
			if (TAX_LIABLE.contains(payerType) && !input.confirmPayer()) {
				throw new InvalidInput("confirmPayer", "payment.payer.taxLiable");
			}
		}
		return new Payment(projectId, input);
	}

	/** A wage is always income; an allowance only when the payer chose so. */
	boolean asIncome() {
		return input.kind() == CompensationKind.WAGE || input.paidAsIncome();
	}

	UUID id() {
		return id;
	}

	UUID projectId() {
		return projectId;
	}

	PaymentInput input() {
		return input;
	}

	PaymentRecorded event() {
		return new PaymentRecorded(id, projectId, input.taskId());
	}

	/** A volunteer allowance above a cap without the choice to pay it as income (400 on {@code paidAsIncome}). */
	static final class PaymentOverCap extends InvalidInput {

		PaymentOverCap(AllowanceCheck.Warning cap) {
			super("paidAsIncome", "payment.cap." + cap.name().toLowerCase(Locale.ROOT));
		}
	}
}
