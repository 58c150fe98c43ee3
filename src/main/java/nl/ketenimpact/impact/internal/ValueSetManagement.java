package nl.ketenimpact.impact.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.shared.AuditLog;
import nl.ketenimpact.shared.FieldMessage;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.NotFound;
import nl.ketenimpact.shared.Refused;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Value sets per municipality and validity period, managed by ADMIN. A contribution is valued with
 * the set of its project's municipality valid on its start date, or else the default set valid then.
 * Sets that have valued contributions are never deleted; a new period gets a new set.
 */
@Service
public class ValueSetManagement {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	ValueSetManagement(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	private record Row(UUID id, String name, String municipality, LocalDate validFrom, LocalDate validTo, BigDecimal bonusEur,
			BigDecimal activityHourEur, BigDecimal purchaseRegisterPct, BigDecimal purchaseOtherPct, BigDecimal psoFulfilmentPct) {
	}

	@Transactional(readOnly = true)
	public List<ValueSet> all() {
		return load("order by municipality nulls first, valid_from desc limit 500", Map.of());
	}

	@Transactional(readOnly = true)
	public ValueSet get(UUID id) {
		return load("where id = :id", Map.of("id", id)).stream().findFirst().orElseThrow(() -> new NotFound("valueSet"));
	}

	/** The set for a municipality on a date: its own if one is valid then, otherwise the default. */
	@Transactional(readOnly = true)
	public Optional<ValueSet> applicable(String municipality, LocalDate date) {
		List<ValueSet> candidates = load("""
				where (lower(municipality) = lower(:m) or municipality is null) and valid_from <= :d and (valid_to is null or valid_to >= :d)
				order by municipality nulls last, valid_from desc""", Map.of("m", municipality == null ? "" : municipality, "d", date));
		return candidates.stream().findFirst();
	}

	private List<ValueSet> load(String where, Map<String, Object> params) {
		List<Row> rows = jdbc.sql("""
				select id, name, municipality, valid_from, valid_to, bonus_eur, activity_hour_eur, purchase_register_pct, purchase_other_pct,
				       pso_fulfilment_pct from value_set """ + " " + where)
			.params(params)
			.query(Row.class)
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<UUID, Map<Block, BigDecimal>> amounts = new LinkedHashMap<>();
		jdbc.sql("select value_set_id, block, amount_eur from value_set_amount where value_set_id in (:ids)")
			.param("ids", rows.stream().map(Row::id).toList())
			.query((rs, n) -> amounts.computeIfAbsent(rs.getObject("value_set_id", UUID.class), k -> new EnumMap<>(Block.class))
				.put(Block.valueOf(rs.getString("block")), rs.getBigDecimal("amount_eur")))
			.list();
		List<ValueSet> sets = new ArrayList<>();
		for (Row r : rows) {
			sets.add(new ValueSet(r.id(), r.name(), r.municipality(), r.validFrom(), r.validTo(), amounts.getOrDefault(r.id(), Map.of()),
					r.bonusEur(), r.activityHourEur(), r.purchaseRegisterPct(), r.purchaseOtherPct(), r.psoFulfilmentPct()));
		}
		return sets;
	}

	@Transactional
	public UUID create(CurrentUser admin, ValueSetInput input) {
		requireAdmin(admin);
		check(input, null);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into value_set (id, name, municipality, valid_from, valid_to, bonus_eur, activity_hour_eur, purchase_register_pct,
				                       purchase_other_pct, pso_fulfilment_pct)
				values (:id, :name, :m, :from, :to, :bonus, :hour, :reg, :other, :pso)""")
			.params(params(id, input))
			.update();
		writeAmounts(id, input.amounts());
		audit.record(admin.id(), "VALUE_SET_CREATED", "value_set", id, null);
		return id;
	}

	/** Changes apply to contributions registered from now on; registered ones keep the value they were given. */
	@Transactional
	public void update(CurrentUser admin, UUID id, ValueSetInput input) {
		requireAdmin(admin);
		get(id);
		check(input, id);
		jdbc.sql("""
				update value_set set name = :name, municipality = :m, valid_from = :from, valid_to = :to, bonus_eur = :bonus,
				       activity_hour_eur = :hour, purchase_register_pct = :reg, purchase_other_pct = :other, pso_fulfilment_pct = :pso
				where id = :id""")
			.params(params(id, input))
			.update();
		jdbc.sql("delete from value_set_amount where value_set_id = :id").param("id", id).update();
		writeAmounts(id, input.amounts());
		audit.record(admin.id(), "VALUE_SET_UPDATED", "value_set", id, null);
	}

	private void check(ValueSetInput input, UUID self) {
		List<FieldMessage> errors = new ArrayList<>();
		if (input.validTo() != null && input.validTo().isBefore(input.validFrom())) {
			errors.add(new FieldMessage("validTo", "valueSet.validTo.beforeFrom"));
		}
		for (Block block : Block.values()) {
			if (!input.amounts().containsKey(block)) {
				errors.add(new FieldMessage("amounts[" + block + "]", "valueSet.amount.missing", block.name()));
			}
		}
		InvalidInput.throwIfAny(errors);
		// Two sets of one municipality may not both be valid on one day: the valuation must be unambiguous.
		boolean overlaps = jdbc.sql("""
				select exists (select 1 from value_set where id <> :self and coalesce(lower(municipality), '') = lower(:m)
				  and valid_from <= coalesce(cast(:to as date), date '9999-12-31') and coalesce(valid_to, date '9999-12-31') >= :from)""")
			.param("self", self == null ? UUID.randomUUID() : self)
			.param("m", input.municipality() == null ? "" : input.municipality().strip())
			.param("from", input.validFrom())
			.param("to", input.validTo())
			.query(Boolean.class)
			.single();
		if (overlaps) {
			throw new InvalidInput("validFrom", "valueSet.period.overlaps");
		}
	}

	private static Map<String, Object> params(UUID id, ValueSetInput input) {
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("id", id);
		params.put("name", input.name().strip());
		params.put("m", input.municipality() == null || input.municipality().isBlank() ? null : input.municipality().strip());
		params.put("from", input.validFrom());
		params.put("to", input.validTo());
		params.put("bonus", input.bonusEur());
		params.put("hour", input.activityHourEur());
		params.put("reg", input.purchaseRegisterPct());
		params.put("other", input.purchaseOtherPct());
		params.put("pso", input.psoFulfilmentPct());
		return params;
	}

	private void writeAmounts(UUID id, Map<Block, BigDecimal> amounts) {
		amounts.forEach((block, amount) -> jdbc.sql("insert into value_set_amount (value_set_id, block, amount_eur) values (:id, :b, :a)")
			.param("id", id)
			.param("b", block.name())
			.param("a", amount)
			.update());
	}

	static void requireAdmin(CurrentUser user) {
		if (!user.has(Role.ADMIN)) {
			throw new Refused("access.adminOnly");
		}
	}
}
