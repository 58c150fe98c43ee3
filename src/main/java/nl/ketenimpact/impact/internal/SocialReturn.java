package nl.ketenimpact.impact.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.ketenimpact.organisation.OrganisationManagement;
import nl.ketenimpact.organisation.OrganisationView;
import nl.ketenimpact.plan.Metric;
import nl.ketenimpact.plan.ProgressFigure;
import nl.ketenimpact.plan.ProgressSource;
import nl.ketenimpact.project.ProjectAccess;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.shared.AuditLog;
import nl.ketenimpact.shared.FigureFilter;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.Refused;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Obligations (a percentage of each partner's contract value, 5% unless set) against the value of
 * their contributions, in one aggregate query per project. Also feeds plan progress: approved euros,
 * placements (persons) and activity hours per partner.
 */
@Service
public class SocialReturn implements ProgressSource {

	public static final BigDecimal DEFAULT_PERCENTAGE = BigDecimal.valueOf(5);

	private final JdbcClient jdbc;

	private final ProjectManagement projects;

	private final OrganisationManagement organisations;

	private final ValueSetManagement valueSets;

	private final AuditLog audit;

	private final Clock clock;

	SocialReturn(JdbcClient jdbc, ProjectManagement projects, OrganisationManagement organisations, ValueSetManagement valueSets,
			AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.projects = projects;
		this.organisations = organisations;
		this.valueSets = valueSets;
		this.audit = audit;
		this.clock = clock;
	}

	/** {@code approved}: the realised part of the approved value; {@code planned}: the approved value of months still to come. */
	private record Totals(BigDecimal value, BigDecimal approved, BigDecimal planned, long people, BigDecimal hours) {
	}

	private record Obligation(BigDecimal percentage, Integer psoStep) {
	}

	@Transactional(readOnly = true)
	public SocialReturnSummary summary(ProjectAccess access) {
		UUID projectId = access.project().id();
		Map<UUID, BigDecimal> contracts = projects.contractValues(access);
		Map<UUID, Totals> totals = totals(projectId, LocalDate.now(clock));
		Map<UUID, Obligation> obligations = new HashMap<>();
		jdbc.sql("select partner_organisation_id, percentage, pso_step from social_return_obligation where project_id = :p")
			.param("p", projectId)
			.query((rs, n) -> obligations.put(rs.getObject("partner_organisation_id", UUID.class),
					new Obligation(rs.getBigDecimal("percentage"), (Integer) rs.getObject("pso_step", Integer.class))))
			.list();
		LocalDate reference = access.project().startDate() != null ? access.project().startDate() : LocalDate.now(clock);
		Optional<ValueSet> set = valueSets.applicable(access.project().municipality(), reference);
		Map<UUID, OrganisationView> names = organisations.byIds(contracts.keySet());
		List<PartnerSocialReturn> rows = new ArrayList<>();
		for (Map.Entry<UUID, BigDecimal> contract : contracts.entrySet()) {
			UUID partner = contract.getKey();
			if (!access.maySee(partner)) {
				continue;
			}
			Obligation obligation = obligations.getOrDefault(partner, new Obligation(DEFAULT_PERCENTAGE, null));
			BigDecimal obligationEur = Valuation.obligation(contract.getValue(), obligation.percentage());
			BigDecimal pso = set.map(s -> Valuation.psoFulfilment(s, obligationEur, obligation.psoStep())).orElse(BigDecimal.ZERO.setScale(2));
			Totals t = totals.getOrDefault(partner, new Totals(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0, BigDecimal.ZERO));
			BigDecimal remaining = obligationEur.subtract(pso).subtract(t.approved()).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
			int percentage = obligationEur.signum() == 0 ? 100
					: Math.min(100, t.approved().add(pso).multiply(BigDecimal.valueOf(100)).divide(obligationEur, 0, RoundingMode.DOWN).intValue());
			rows.add(new PartnerSocialReturn(partner, names.containsKey(partner) ? names.get(partner).name() : "?", contract.getValue(),
					obligation.percentage(), obligation.psoStep(), obligationEur, pso, t.value().setScale(2, RoundingMode.HALF_UP),
					t.approved().setScale(2, RoundingMode.HALF_UP), t.planned().setScale(2, RoundingMode.HALF_UP), remaining, t.people(), t.hours(),
					percentage));
		}
		rows.sort(java.util.Comparator.comparing(PartnerSocialReturn::obligationEur).reversed().thenComparing(PartnerSocialReturn::partnerName));
		return new SocialReturnSummary(sum(rows, PartnerSocialReturn::obligationEur), sum(rows, PartnerSocialReturn::psoFulfilledEur),
				sum(rows, PartnerSocialReturn::valueEur), sum(rows, PartnerSocialReturn::approvedValueEur), sum(rows, PartnerSocialReturn::plannedValueEur), rows,
				set.map(ValueSet::name).orElse(null));
	}

	private static BigDecimal sum(List<PartnerSocialReturn> rows, java.util.function.Function<PartnerSocialReturn, BigDecimal> field) {
		return rows.stream().map(field).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
	}

	/** Value (all not rejected), approved value realised and still planned, approved people and hours per partner: one aggregate query. */
	private Map<UUID, Totals> totals(UUID projectId, LocalDate today) {
		Map<UUID, Totals> totals = new HashMap<>();
		jdbc.sql("""
				select partner_organisation_id,
				       coalesce(sum(value_eur) filter (where status <> :rejected), 0) as value,
				       coalesce(sum(round(value_eur * realised_share(start_date, end_date, :today), 2)) filter (where status = :approved), 0) as approved,
				       coalesce(sum(value_eur - round(value_eur * realised_share(start_date, end_date, :today), 2)) filter (where status = :approved), 0)
				         as planned,
				       count(distinct person_key) filter (where status = :approved and kind = 'PERSON') as people,
				       coalesce(sum(hours) filter (where status = :approved and kind = 'ACTIVITY_HOURS'), 0)
				         + coalesce(sum(round(hours_per_week * counted_months * 52 / 12, 1)) filter (where status = :approved and kind = 'PERSON'), 0)
				         as hours
				from contribution where project_id = :p group by partner_organisation_id""")
			.param("p", projectId).param("today", today)
			.param("approved", ContributionStatus.APPROVED.name()).param("rejected", ContributionStatus.REJECTED.name())
			.query((rs, n) -> totals.put(rs.getObject("partner_organisation_id", UUID.class),
					new Totals(rs.getBigDecimal("value"), rs.getBigDecimal("approved"), rs.getBigDecimal("planned"), rs.getLong("people"),
							rs.getBigDecimal("hours"))))
			.list();
		return totals;
	}

	/** The coordinator sets a partner's percentage and PSO step. */
	@Transactional
	public void setObligation(ProjectAccess access, UUID partnerId, ObligationInput input) {
		if (!access.approves()) {
			throw new Refused("obligation.refused");
		}
		if (!projects.contractValues(access).containsKey(partnerId)) {
			throw new InvalidInput("partnerId", "commitment.partner.notInProject");
		}
		jdbc.sql("""
				insert into social_return_obligation (project_id, partner_organisation_id, percentage, pso_step) values (:p, :o, :pct, :pso)
				on conflict (project_id, partner_organisation_id) do update set percentage = excluded.percentage, pso_step = excluded.pso_step""")
			.param("p", access.project().id())
			.param("o", partnerId)
			.param("pct", input.percentage())
			.param("pso", input.psoStep())
			.update();
		audit.record(access.user().id(), "OBLIGATION_SET", "project", access.project().id(), "partner=" + partnerId + " pct=" + input.percentage());
	}

	@Override
	public Map<UUID, List<ProgressFigure>> figures(java.util.Collection<UUID> projectIds) {
		Map<UUID, List<ProgressFigure>> figures = new HashMap<>();
		if (projectIds.isEmpty()) {
			return figures;
		}
		FigureFilter filter = FigureFilter.of(projectIds, null);
		filter.bind(jdbc.sql("select project_id, partner_organisation_id, sum(total) - sum(planned) as approved, sum(hours) as hours from ("
				+ SocialReturnTotals.approvedRows(filter.where("project_id", "partner_organisation_id")) + ") as v group by project_id, partner_organisation_id"))
			.param("today", LocalDate.now(clock))
			.query((rs, n) -> {
				List<ProgressFigure> list = figures.computeIfAbsent(rs.getObject("project_id", UUID.class), k -> new ArrayList<>());
				UUID partner = rs.getObject("partner_organisation_id", UUID.class);
				list.add(new ProgressFigure(partner, Metric.SOCIAL_RETURN_EUR, rs.getBigDecimal("approved"), "contributions"));
				return list.add(new ProgressFigure(partner, Metric.HOURS, rs.getBigDecimal("hours"), "contributions"));
			})
			.list();
		return figures;
	}
}
