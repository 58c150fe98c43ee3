package nl.ketenimpact.impact.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.ketenimpact.impact.ContributionKind;
import nl.ketenimpact.shared.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contribution table: reads for the pages, the insert of a registration, and {@link Contribution} loaded locked
 * and saved — the one writer of a contribution's states.
 */
@Repository
class ContributionRepository {

	private static final String SELECT = """
			select c.id, c.project_id, c.partner_organisation_id, c.kind, c.person_ref, c.birth_year, c.block, c.hours_per_week, c.start_date,
			       c.end_date, c.bonuses, c.supplier, c.amount_eur, c.in_register, c.hours, c.counted_months, c.value_eur, c.status,
			       c.review_reason, c.evidence_id
			from contribution c
			""";

	private static final String VISIBLE = " where c.project_id = :p and (:all or c.partner_organisation_id = :own)";

	private final JdbcClient jdbc;

	ContributionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The calculated parts of a registration: the person's key, the months that count, the value and the value set used. */
	record Valued(String personKey, BigDecimal countedMonths, BigDecimal value, UUID valueSetId) {
	}

	/** A person's earlier registration anywhere on the platform that still counts (not rejected). */
	record Earlier(UUID projectId, LocalDate start, LocalDate end, BigDecimal countedMonths) {
	}

	long count(UUID projectId, boolean all, UUID ownPartner) {
		return jdbc.sql("select count(*) from contribution c" + VISIBLE).param("p", projectId).param("all", all).param("own", ownPartner)
			.query(Long.class).single();
	}

	List<ContributionView> page(UUID projectId, boolean all, UUID ownPartner, String window) {
		return jdbc.sql(SELECT + VISIBLE + " order by c.created_at desc, c.id" + window).param("p", projectId).param("all", all)
			.param("own", ownPartner).query(ContributionRepository::map).list();
	}

	Optional<ContributionView> find(UUID projectId, UUID id) {
		return jdbc.sql(SELECT + " where c.id = :id and c.project_id = :p").param("id", id).param("p", projectId)
			.query(ContributionRepository::map).optional();
	}

	Optional<UUID> projectOf(UUID id) {
		return jdbc.sql("select project_id from contribution where id = :id").param("id", id).query(UUID.class).optional();
	}

	/** Serialises registrations of one person, so two at once cannot both pass the overlap check. */
	@Transactional(propagation = Propagation.MANDATORY)
	List<Earlier> lockPerson(String personKey) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext(:key))").param("key", personKey).query((rs, n) -> 1).list();
		return jdbc.sql("""
				select project_id, start_date, end_date, counted_months from contribution
				where person_key = :key and status <> :rejected order by start_date""")
			.param("key", personKey)
			.param("rejected", ContributionStatus.REJECTED.name())
			.query((rs, n) -> new Earlier(rs.getObject("project_id", UUID.class), rs.getObject("start_date", LocalDate.class),
					rs.getObject("end_date", LocalDate.class), rs.getBigDecimal("counted_months")))
			.list();
	}

	/** A new registration, pending review. */
	@Transactional(propagation = Propagation.MANDATORY)
	UUID insert(UUID projectId, UUID partnerId, ContributionInput input, Valued valued, UUID userId) {
		UUID id = UUID.randomUUID();
		boolean person = input.kind() == ContributionKind.PERSON;
		boolean purchase = input.kind() == ContributionKind.PURCHASE;
		jdbc.sql("""
				insert into contribution (id, project_id, partner_organisation_id, kind, person_key, person_ref, birth_year, block, hours_per_week,
				                          start_date, end_date, bonuses, supplier, amount_eur, in_register, hours, value_set_id, counted_months,
				                          value_eur, status, created_by)
				values (:id, :p, :partner, :kind, :key, :ref, :birth, :block, :hpw, :start, :end, :bonuses, :supplier, :amount, :register, :hours,
				        :set, :counted, :value, :status, :user)""")
			.param("id", id)
			.param("p", projectId)
			.param("partner", partnerId)
			.param("kind", input.kind().name())
			.param("key", valued.personKey())
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
			.param("set", valued.valueSetId())
			.param("counted", valued.countedMonths())
			.param("value", valued.value())
			.param("status", ContributionStatus.PENDING.name())
			.param("user", userId)
			.update();
		return id;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	Contribution lockedForUpdate(UUID id) {
		return jdbc.sql("select id, project_id, partner_organisation_id, kind, status, evidence_id from contribution where id = :id for update")
			.param("id", id)
			.query((rs, n) -> new Contribution(rs.getObject("id", UUID.class), rs.getObject("project_id", UUID.class),
					rs.getObject("partner_organisation_id", UUID.class), ContributionKind.valueOf(rs.getString("kind")),
					ContributionStatus.valueOf(rs.getString("status")), rs.getObject("evidence_id", UUID.class)))
			.optional()
			.orElseThrow(() -> new NotFound("contribution"));
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void saveEvidence(Contribution contribution) {
		jdbc.sql("update contribution set evidence_id = :e where id = :id").param("e", contribution.evidenceId()).param("id", contribution.id())
			.update();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void saveReview(Contribution contribution, UUID reviewer) {
		jdbc.sql("update contribution set status = :s, reviewed_by = :u, reviewed_at = now(), review_reason = :r where id = :id")
			.param("id", contribution.id())
			.param("s", contribution.status().name())
			.param("u", reviewer)
			.param("r", contribution.reason())
			.update();
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
