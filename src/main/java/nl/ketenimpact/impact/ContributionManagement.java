package nl.ketenimpact.impact;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.ketenimpact.shared.FileUpload;
import nl.ketenimpact.organisation.OrganisationManagement;
import nl.ketenimpact.organisation.OrganisationView;
import nl.ketenimpact.plan.EvidenceStore;
import nl.ketenimpact.project.ProjectAccess;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.shared.AuditLog;
import nl.ketenimpact.shared.Conflict;
import nl.ketenimpact.shared.DutchDate;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.NotFound;
import nl.ketenimpact.shared.Page;
import nl.ketenimpact.shared.Refused;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Social-return contributions. A partner lead registers them for its own organisation and sees only
 * its own; the corporation's coordinator sees all and approves or rejects them. A person counts only
 * with an evidence file, at most two years in total, and never twice for overlapping periods.
 */
@Service
public class ContributionManagement {

	private static final String SELECT = """
			select c.id, c.project_id, c.partner_organisation_id, c.kind, c.person_ref, c.birth_year, c.block, c.hours_per_week, c.start_date,
			       c.end_date, c.bonuses, c.supplier, c.amount_eur, c.in_register, c.hours, c.counted_months, c.value_eur, c.status,
			       c.review_reason, c.evidence_id
			from contribution c
			""";

	private final JdbcClient jdbc;

	private final ProjectManagement projects;

	private final OrganisationManagement organisations;

	private final ValueSetManagement valueSets;

	private final EvidenceStore evidence;

	private final AuditLog audit;

	private final Clock clock;

	ContributionManagement(JdbcClient jdbc, ProjectManagement projects, OrganisationManagement organisations, ValueSetManagement valueSets,
			EvidenceStore evidence, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.projects = projects;
		this.organisations = organisations;
		this.valueSets = valueSets;
		this.evidence = evidence;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<ContributionView> list(ProjectAccess access, int page, int size) {
		String filter = " where c.project_id = :p and (:all or c.partner_organisation_id = :own)";
		long total = jdbc.sql("select count(*) from contribution c" + filter)
			.param("p", access.project().id())
			.param("all", access.corporationStaff())
			.param("own", access.partnerOrganisationId())
			.query(Long.class)
			.single();
		List<ContributionView> items = jdbc.sql(SELECT + filter + " order by c.created_at desc, c.id" + Page.window(page, size))
			.param("p", access.project().id())
			.param("all", access.corporationStaff())
			.param("own", access.partnerOrganisationId())
			.query(ContributionManagement::map)
			.list();
		return new Page<>(withNames(items), page, size, total);
	}

	@Transactional(readOnly = true)
	public ContributionView get(ProjectAccess access, UUID id) {
		ContributionView view = jdbc.sql(SELECT + " where c.id = :id and c.project_id = :p")
			.param("id", id)
			.param("p", access.project().id())
			.query(ContributionManagement::map)
			.optional()
			.filter(c -> access.maySee(c.partnerId()))
			.orElseThrow(() -> new NotFound("contribution"));
		return withNames(List.of(view)).get(0);
	}

	/** The project a contribution belongs to, so API calls by contribution id can be scoped. */
	@Transactional(readOnly = true)
	public UUID projectOf(UUID contributionId) {
		return jdbc.sql("select project_id from contribution where id = :id")
			.param("id", contributionId)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new NotFound("contribution"));
	}

	@Transactional
	public UUID register(ProjectAccess access, ContributionInput input) {
		if (!access.leadsPartner()) {
			throw new Refused("contribution.register.refused");
		}
		LocalDate today = LocalDate.now(clock);
		InvalidInput.throwIfAny(ContributionRules.check(input, today));
		ValueSet set = valueSets.applicable(access.project().municipality(), input.startDate())
			.orElseThrow(() -> new InvalidInput("startDate", "contribution.valueSet.none"));
		if (input.kind() == ContributionKind.PERSON && !set.amounts().containsKey(input.block())) {
			throw new InvalidInput("block", "contribution.block.notInValueSet");
		}
		String personKey = null;
		BigDecimal counted = null;
		BigDecimal value;
		switch (input.kind()) {
			case PERSON -> {
				personKey = ContributionRules.personKey(input.personRef(), input.birthYear());
				// Serialise registrations of one person, so two at once cannot both pass the overlap check.
				jdbc.sql("select pg_advisory_xact_lock(hashtext(:key))").param("key", personKey).query((rs, n) -> 1).list();
				List<Valuation.PersonPeriod> earlier = earlierPeriods(access, personKey);
				var overlap = Valuation.overlap(input.startDate(), input.endDate(), earlier);
				if (overlap.isPresent()) {
					Valuation.PersonPeriod p = overlap.get();
					throw new InvalidInput("startDate", "contribution.person.overlap", DutchDate.format(p.start()),
							p.end() == null ? "…" : DutchDate.format(p.end()), p.where());
				}
				counted = Valuation.countableMonths(Valuation.months(input.startDate(), input.endDate()), earlier);
				if (counted.signum() == 0) {
					throw new InvalidInput("personRef", "contribution.person.maxTwoYears");
				}
				value = Valuation.person(set, input.block(), input.bonusesOrNone(), input.hoursPerWeek(), counted);
			}
			case PURCHASE -> value = Valuation.purchase(set, input.amountEur(), Boolean.TRUE.equals(input.register()));
			default -> value = Valuation.activityHours(set, input.hours());
		}
		UUID id = UUID.randomUUID();
		boolean person = input.kind() == ContributionKind.PERSON;
		boolean purchase = input.kind() == ContributionKind.PURCHASE;
		jdbc.sql("""
				insert into contribution (id, project_id, partner_organisation_id, kind, person_key, person_ref, birth_year, block, hours_per_week,
				                          start_date, end_date, bonuses, supplier, amount_eur, in_register, hours, value_set_id, counted_months,
				                          value_eur, status, created_by)
				values (:id, :p, :partner, :kind, :key, :ref, :birth, :block, :hpw, :start, :end, :bonuses, :supplier, :amount, :register, :hours,
				        :set, :counted, :value, 'PENDING', :user)""")
			.param("id", id)
			.param("p", access.project().id())
			.param("partner", access.partnerOrganisationId())
			.param("kind", input.kind().name())
			.param("key", personKey)
			.param("ref", person ? input.personRef().strip() : null)
			.param("birth", person ? input.birthYear() : null)
			.param("block", person ? input.block().name() : null)
			.param("hpw", person ? input.hoursPerWeek() : null)
			.param("start", input.startDate())
			.param("end", input.endDate())
			.param("bonuses", person ? input.bonusesOrNone().stream().map(Enum::name).sorted().collect(Collectors.joining(",")) : "")
			.param("supplier", purchase ? input.supplier().strip() : null)
			.param("amount", purchase ? input.amountEur() : null)
			.param("register", purchase ? Boolean.TRUE.equals(input.register()) : null)
			.param("hours", input.kind() == ContributionKind.ACTIVITY_HOURS ? input.hours() : null)
			.param("set", set.id())
			.param("counted", counted)
			.param("value", value)
			.param("user", access.user().id())
			.update();
		audit.record(access.user().id(), "CONTRIBUTION_REGISTERED", "contribution", id, input.kind().name());
		return id;
	}

	/** Earlier registrations of the person anywhere on the platform that still count (not rejected). */
	private List<Valuation.PersonPeriod> earlierPeriods(ProjectAccess access, String personKey) {
		return jdbc.sql("""
				select project_id, start_date, end_date, counted_months from contribution
				where person_key = :key and status <> 'REJECTED' order by start_date""")
			.param("key", personKey)
			.query((rs, n) -> new Valuation.PersonPeriod(rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
					rs.getBigDecimal("counted_months"), where(access, rs.getObject("project_id", UUID.class))))
			.list();
	}

	/** Names the project of an overlap only when the user may see it; another corporation's project stays anonymous. */
	private String where(ProjectAccess access, UUID projectId) {
		if (projectId.equals(access.project().id())) {
			return access.project().name();
		}
		try {
			return projects.get(access.user(), projectId).name();
		}
		catch (NotFound ex) {
			return "een ander project";
		}
	}

	/** Attaches the evidence file to a contribution still waiting for approval (replacing an earlier one). */
	@Transactional
	public void attachEvidence(ProjectAccess access, UUID id, FileUpload file) {
		ContributionView contribution = get(access, id);
		if (!access.leadsPartner() || !access.partnerOrganisationId().equals(contribution.partnerId())) {
			throw new Refused("contribution.evidence.refused");
		}
		if (contribution.status() != ContributionStatus.PENDING) {
			throw new Conflict("contribution.notPending");
		}
		UUID evidenceId = evidence.store(access, contribution.partnerId(), file);
		jdbc.sql("update contribution set evidence_id = :e where id = :id").param("e", evidenceId).param("id", id).update();
		audit.record(access.user().id(), "CONTRIBUTION_EVIDENCE_ADDED", "contribution", id, null);
	}

	@Transactional
	public void review(ProjectAccess access, UUID id, boolean approve, String reason) {
		if (!access.approves()) {
			throw new Refused("contribution.review.refused");
		}
		ContributionView contribution = get(access, id);
		jdbc.sql("select id from contribution where id = :id for update").param("id", id).query(UUID.class).single();
		if (contribution.status() != ContributionStatus.PENDING) {
			throw new Conflict("contribution.notPending");
		}
		if (approve && contribution.needsEvidence()) {
			throw new Conflict("contribution.evidence.missing");
		}
		if (!approve && (reason == null || reason.isBlank())) {
			throw new InvalidInput("reason", "review.reason.required");
		}
		if (!approve && reason.strip().length() > 500) {
			throw new InvalidInput("reason", "review.reason.tooLong");
		}
		jdbc.sql("update contribution set status = :s, reviewed_by = :u, reviewed_at = now(), review_reason = :r where id = :id")
			.param("id", id)
			.param("s", (approve ? ContributionStatus.APPROVED : ContributionStatus.REJECTED).name())
			.param("u", access.user().id())
			.param("r", approve ? null : reason.strip())
			.update();
		audit.record(access.user().id(), approve ? "CONTRIBUTION_APPROVED" : "CONTRIBUTION_REJECTED", "contribution", id, null);
	}

	private List<ContributionView> withNames(List<ContributionView> items) {
		Map<UUID, OrganisationView> names = organisations.byIds(items.stream().map(ContributionView::partnerId).collect(Collectors.toSet()));
		Map<UUID, String> files = evidence.filenames(items.stream().map(ContributionView::evidenceId).filter(java.util.Objects::nonNull).toList());
		return items.stream()
			.map(c -> new ContributionView(c.id(), c.projectId(), c.partnerId(), names.containsKey(c.partnerId()) ? names.get(c.partnerId()).name() : "?",
					c.kind(), c.personRef(), c.birthYear(), c.block(), c.hoursPerWeek(), c.startDate(), c.endDate(), c.bonuses(), c.supplier(),
					c.amountEur(), c.register(), c.hours(), c.countedMonths(), c.valueEur(),
					Valuation.realised(c.valueEur(), c.startDate(), c.endDate(), LocalDate.now(clock)), c.status(), c.reviewReason(), c.evidenceId(),
					c.evidenceId() == null ? null : files.get(c.evidenceId())))
			.toList();
	}

	private static ContributionView map(ResultSet rs, int row) throws SQLException {
		String block = rs.getString("block");
		String bonuses = rs.getString("bonuses");
		Set<Bonus> bonusSet = bonuses == null || bonuses.isBlank() ? Set.of()
				: Arrays.stream(bonuses.split(",")).map(Bonus::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Bonus.class)));
		return new ContributionView(rs.getObject("id", UUID.class), rs.getObject("project_id", UUID.class),
				rs.getObject("partner_organisation_id", UUID.class), null, ContributionKind.valueOf(rs.getString("kind")), rs.getString("person_ref"),
				(Integer) rs.getObject("birth_year", Integer.class), block == null ? null : Block.valueOf(block), rs.getBigDecimal("hours_per_week"),
				rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class), bonusSet, rs.getString("supplier"),
				rs.getBigDecimal("amount_eur"), (Boolean) rs.getObject("in_register"), rs.getBigDecimal("hours"), rs.getBigDecimal("counted_months"),
				rs.getBigDecimal("value_eur"), null, ContributionStatus.valueOf(rs.getString("status")), rs.getString("review_reason"),
				rs.getObject("evidence_id", UUID.class), null);
	}
}
