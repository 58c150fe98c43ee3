package nl.ketenimpact.vote.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.shared.AuditLog;
import nl.ketenimpact.shared.FieldMessage;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.Refused;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The legal minimum of the relocation allowance (verhuiskostenvergoeding, BW 7:220 lid 5–6) when tenants must move
 * out for the renovation: indexed every 1 March by ministerial regulation. The amounts known when this was written
 * come with the migration (€5,910 from 1-3-2017, €6,334 from 1-3-2021, €7,428 from 29-2-2024); the admin adds each
 * later one with the day it applies from.
 */
@Service
public class RelocationAllowance {

	public record Minimum(LocalDate validFrom, BigDecimal amountEur) {
	}

	private final JdbcClient jdbc;

	private final AuditLog audit;

	RelocationAllowance(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** The minimum on a day; empty before the first known one. */
	@Transactional(readOnly = true)
	public Optional<BigDecimal> minimumOn(LocalDate day) {
		return jdbc.sql("select amount_eur from relocation_allowance where valid_from <= :d order by valid_from desc limit 1").param("d", day)
			.query(BigDecimal.class).optional();
	}

	@Transactional(readOnly = true)
	public List<Minimum> all() {
		return jdbc.sql("select valid_from, amount_eur from relocation_allowance order by valid_from desc limit 100").query(Minimum.class).list();
	}

	/** Sets the minimum from a day on (a new year's index, or a correction of one); the admin only. */
	@Transactional
	public void set(CurrentUser admin, LocalDate validFrom, BigDecimal amountEur) {
		if (!admin.has(Role.ADMIN)) {
			throw new Refused("access.adminOnly");
		}
		List<FieldMessage> errors = new ArrayList<>();
		if (validFrom == null) {
			errors.add(new FieldMessage("validFrom", "validation.required"));
		}
		else if (validFrom.getYear() < 2017 || validFrom.getYear() > 2100) {
			errors.add(new FieldMessage("validFrom", "relocation.validFrom.range"));
		}
		if (amountEur == null) {
			errors.add(new FieldMessage("amountEur", "validation.required"));
		}
		else if (amountEur.signum() <= 0 || amountEur.compareTo(new BigDecimal("100000")) > 0 || amountEur.scale() > 2) {
			errors.add(new FieldMessage("amountEur", "relocation.amount.range"));
		}
		InvalidInput.throwIfAny(errors);
		jdbc.sql("""
				insert into relocation_allowance (valid_from, amount_eur) values (:d, :a)
				on conflict (valid_from) do update set amount_eur = excluded.amount_eur, updated_at = now()""")
			.param("d", validFrom).param("a", amountEur).update();
		audit.record(admin.id(), "RELOCATION_ALLOWANCE_SET", "relocation_allowance", validFrom, "amount=" + amountEur.toPlainString());
	}
}
