package nl.ketenimpact.participation.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.OrganisationManagement;
import nl.ketenimpact.organisation.OrganisationView;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.organisation.UserManagement;
import nl.ketenimpact.project.ProjectAccess;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.project.Residents;
import nl.ketenimpact.shared.AuditLog;
import nl.ketenimpact.shared.FieldMessage;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.Refused;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments to residents, checked against the volunteer-allowance caps of the year before saving (summed
 * over all payers and projects): exceeding needs the explicit choice to pay as income, and a volunteer
 * allowance from a payer liable for corporate tax needs an explicit acknowledgement.
 */
@Service
public class CompensationManagement {

	private final JdbcClient jdbc;

	private final PaymentRepository payments;

	private final ProjectManagement projects;

	private final Residents residents;

	private final OrganisationManagement organisations;

	private final UserManagement users;

	private final SelfWorkManagement selfWork;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	CompensationManagement(JdbcClient jdbc, PaymentRepository payments, ProjectManagement projects, Residents residents, OrganisationManagement organisations,
			UserManagement users, SelfWorkManagement selfWork, AuditLog audit, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.payments = payments;
		this.events = events;
		this.projects = projects;
		this.residents = residents;
		this.organisations = organisations;
		this.users = users;
		this.selfWork = selfWork;
		this.audit = audit;
		this.clock = clock;
	}

	/** The caps of a year, or those of the latest configured earlier year (marked estimated, and said so on screen). */
	@Transactional(readOnly = true)
	public AllowanceLimits limits(int year) {
		return jdbc.sql("""
				select year, hourly_adult, hourly_young, monthly, yearly, year <> :y as estimated from allowance_limits
				where year <= :y order by year desc limit 1""")
			.param("y", year).query(AllowanceLimits.class).optional()
			.orElseGet(() -> jdbc.sql("select year, hourly_adult, hourly_young, monthly, yearly, true as estimated from allowance_limits order by year limit 1")
				.query(AllowanceLimits.class).single());
	}

	@Transactional(readOnly = true)
	public List<AllowanceLimits> allLimits() {
		return jdbc.sql("select year, hourly_adult, hourly_young, monthly, yearly, false as estimated from allowance_limits order by year desc limit 50")
			.query(AllowanceLimits.class).list();
	}

	@Transactional
	public void setLimits(CurrentUser admin, AllowanceLimits limits) {
		if (!admin.has(Role.ADMIN)) {
			throw new Refused("access.adminOnly");
		}
		List<FieldMessage> errors = new ArrayList<>();
		if (limits.year() < 2000 || limits.year() > 2100) {
			errors.add(new FieldMessage("year", "allowance.year.range"));
		}
		for (var entry : Map.of("hourlyAdult", limits.hourlyAdult(), "hourlyYoung", limits.hourlyYoung(), "monthly", limits.monthly(), "yearly",
				limits.yearly()).entrySet()) {
			if (entry.getValue() == null || entry.getValue().signum() < 0) {
				errors.add(new FieldMessage(entry.getKey(), "validation.notNegative"));
			}
		}
		InvalidInput.throwIfAny(errors);
		jdbc.sql("""
				insert into allowance_limits (year, hourly_adult, hourly_young, monthly, yearly) values (:y, :a, :yo, :m, :yr)
				on conflict (year) do update set hourly_adult = excluded.hourly_adult, hourly_young = excluded.hourly_young,
				  monthly = excluded.monthly, yearly = excluded.yearly, updated_at = now()""")
			.param("y", limits.year()).param("a", limits.hourlyAdult()).param("yo", limits.hourlyYoung()).param("m", limits.monthly())
			.param("yr", limits.yearly()).update();
		audit.record(admin.id(), "ALLOWANCE_LIMITS_SET", "allowance_limits", limits.year(), null);
	}

	/** What a payment would exceed; empty when it stays within the caps (or is not a volunteer allowance). */
	@Transactional(readOnly = true)
	public List<AllowanceCheck.Warning> preview(PaymentInput input) {
		if (input.kind() != CompensationKind.VOLUNTEER_ALLOWANCE || input.paidOn() == null || input.amount() == null) {
			return List.of();
		}
		PaymentRepository.Paid paid = payments.allowancesPaid(input.residentUserId(), input.paidOn());
		return AllowanceCheck.check(limits(input.paidOn().getYear()), input.amount(), input.hours(), input.age21Plus(), paid.month(), paid.year());
	}

	@Transactional
	public UUID pay(CurrentUser user, UUID projectId, PaymentInput input) {
		ProjectAccess access = projects.access(user, projectId);
		if (!access.handlesPayments()) {
			throw new Refused("payment.refused");
		}
		List<FieldMessage> errors = new ArrayList<>();
		if (residents.accounts(access).stream().noneMatch(r -> r.userId().equals(input.residentUserId()))) {
			errors.add(new FieldMessage("residentUserId", "payment.resident.unknown"));
		}
		Optional<OrganisationView> payer = organisations.find(input.payerId());
		if (payer.isEmpty() || !payer.get().active()) {
			errors.add(new FieldMessage("payerId", "organisation.unknown"));
		}
		if (input.paidOn().isAfter(LocalDate.now(clock).plusDays(31))) {
			errors.add(new FieldMessage("paidOn", "payment.date.future"));
		}
		InvalidInput.throwIfAny(errors);
		Payment payment = Payment.of(projectId, input, preview(input), payer.get().type());
		if (input.taskId() != null) {
			selfWork.markPaid(input.taskId(), projectId);
		}
		payments.insert(payment, user.id());
		events.publishEvent(payment.event());
		audit.record(user.id(), "PAYMENT_RECORDED", "project", projectId, input.kind().name());
		return payment.id();
	}

	/** Payments of a project, newest first, for its corporation staff and partner leads. */
	@Transactional(readOnly = true)
	public List<PaymentView> payments(CurrentUser user, UUID projectId) {
		ProjectAccess access = projects.access(user, projectId);
		if (!access.handlesPayments()) {
			throw new Refused("payment.refused");
		}
		List<PaymentRepository.Row> rows = payments.ofProject(projectId, access.corporationStaff(), user.organisationId());
		Map<UUID, String> names = residents.accounts(access).stream()
			.collect(Collectors.toMap(Residents.ResidentAccount::userId, Residents.ResidentAccount::name, (a, b) -> a));
		Map<UUID, OrganisationView> payers = organisations.byIds(rows.stream().map(PaymentRepository.Row::payerId).collect(Collectors.toSet()));
		return rows.stream().map(r -> new PaymentView(r.id(), names.getOrDefault(r.residentUserId(), "?"),
				payers.containsKey(r.payerId()) ? payers.get(r.payerId()).name() : "?", r.paidOn(), r.amount(), r.hours(), r.kind(), r.paidAsIncome(),
				r.taskId())).toList();
	}

	/** Total paid to a resident this year, shown in their portal. */
	@Transactional(readOnly = true)
	public BigDecimal paidThisYear(CurrentUser resident) {
		LocalDate start = LocalDate.now(clock).withDayOfYear(1);
		return payments.paidSince(resident.id(), start);
	}
}
