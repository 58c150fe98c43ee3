package nl.ketenimpact.participation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The compensation table: recorded {@link Payment}s (never changed afterwards) and the sums the caps are checked against. */
@Repository
class PaymentRepository {

	private final JdbcClient jdbc;

	PaymentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A recorded payment as the list shows it (names are added by the caller). */
	record Row(UUID id, UUID residentUserId, UUID payerId, LocalDate paidOn, BigDecimal amount, BigDecimal hours, CompensationKind kind,
			boolean paidAsIncome, UUID taskId) {
	}

	/** Volunteer allowances paid tax-free to a resident in the month and the year of a date, over all payers and projects. */
	record Paid(BigDecimal month, BigDecimal year) {
	}

	Paid allowancesPaid(UUID residentUserId, LocalDate on) {
		LocalDate monthStart = on.withDayOfMonth(1);
		LocalDate yearStart = on.withDayOfYear(1);
		return jdbc.sql("""
				select coalesce(sum(amount) filter (where paid_on >= :ms and paid_on < :me), 0) as month,
				       coalesce(sum(amount), 0) as year
				from compensation where resident_user_id = :r and kind = :kind and not paid_as_income
				  and paid_on >= :ys and paid_on < :ye""")
			.param("r", residentUserId).param("kind", CompensationKind.VOLUNTEER_ALLOWANCE.name()).param("ms", monthStart)
			.param("me", monthStart.plusMonths(1)).param("ys", yearStart).param("ye", yearStart.plusYears(1)).query(Paid.class).single();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void insert(Payment payment, UUID userId) {
		PaymentInput input = payment.input();
		jdbc.sql("""
				insert into compensation (id, project_id, resident_user_id, payer_id, paid_on, amount, hours, kind, age_21_plus, paid_as_income, task_id, created_by)
				values (:id, :p, :r, :payer, :on, :amount, :hours, :kind, :age, :income, :task, :u)""")
			.param("id", payment.id()).param("p", payment.projectId()).param("r", input.residentUserId()).param("payer", input.payerId())
			.param("on", input.paidOn()).param("amount", input.amount()).param("hours", input.hours()).param("kind", input.kind().name())
			.param("age", input.age21Plus()).param("income", payment.asIncome()).param("task", input.taskId()).param("u", userId).update();
	}

	/** A project's payments, newest first; all of them, or those of one payer. */
	List<Row> ofProject(UUID projectId, boolean all, UUID payerId) {
		return jdbc.sql("""
				select id, resident_user_id, payer_id, paid_on, amount, hours, kind, paid_as_income, task_id from compensation
				where project_id = :p and (:all or payer_id = :org) order by paid_on desc, created_at desc limit 500""")
			.param("p", projectId).param("all", all).param("org", payerId).query(Row.class).list();
	}

	BigDecimal paidSince(UUID residentUserId, LocalDate start) {
		return jdbc.sql("select coalesce(sum(amount), 0) from compensation where resident_user_id = :r and paid_on >= :s")
			.param("r", residentUserId).param("s", start).query(BigDecimal.class).single();
	}
}
