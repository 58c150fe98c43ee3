package nl.ketenimpact.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.Retention;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.shared.AuditLog;
import nl.ketenimpact.shared.ClusterJobs;
import nl.ketenimpact.shared.FieldMessage;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.Refused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention of personal data, applied every night by one instance of the cluster (claimed per day): the setting
 * valid that day, every module's {@link Retention}, and the audit log. The log gets the counts, nothing else.
 */
@Service
public class RetentionJob {

	private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

	/** A setting from a day on, as the admin sees and sets it. */
	public record Setting(LocalDate validFrom, int participationYears, int paymentYears, int invitationDays, int auditYears) {

		Retention.Policy policy() {
			return new Retention.Policy(participationYears, paymentYears, invitationDays, auditYears);
		}
	}

	private final JdbcClient jdbc;

	private final ObjectProvider<Retention> modules;

	private final AuditLog audit;

	private final ClusterJobs jobs;

	private final nl.ketenimpact.shared.Outbox outbox;

	private final Clock clock;

	/** Sent mails are kept this long (to see that a mail went, and why one did not). */
	static final int SENT_MAIL_DAYS = 30;

	RetentionJob(JdbcClient jdbc, ObjectProvider<Retention> modules, AuditLog audit, ClusterJobs jobs, nl.ketenimpact.shared.Outbox outbox, Clock clock) {
		this.outbox = outbox;
		this.jdbc = jdbc;
		this.modules = modules;
		this.audit = audit;
		this.jobs = jobs;
		this.clock = clock;
	}

	@Scheduled(cron = "${ketenimpact.privacy.retention-cron:0 15 3 * * *}", zone = "Europe/Amsterdam")
	@Transactional
	public void nightly() {
		run(OffsetDateTime.now(clock));
	}

	/**
	 * Applies the retention valid on {@code now}'s day, once per day across instances; the counts per kind, or null
	 * when another instance already ran that day.
	 */
	@Transactional
	public Map<String, Integer> run(OffsetDateTime now) {
		String day = now.atZoneSameInstant(clock.getZone()).toLocalDate().toString();
		if (!jobs.claim("privacy-retention", day)) {
			return null;
		}
		Setting setting = validOn(now.atZoneSameInstant(clock.getZone()).toLocalDate());
		Map<String, Integer> counts = new TreeMap<>();
		modules.orderedStream().forEach(module -> module.purge(setting.policy(), now).forEach((kind, n) -> counts.merge(kind, n, Integer::sum)));
		counts.put("auditEntries", audit.purgeBefore(now.minusYears(setting.auditYears())));
		counts.put("sentMails", outbox.purgeSentBefore(now.minusDays(SENT_MAIL_DAYS)));
		jobs.finish("privacy-retention", day, counts.toString());
		log.info("Retention applied (setting of {}): {}", setting.validFrom(), counts);
		return counts;
	}

	@Transactional(readOnly = true)
	public Setting validOn(LocalDate day) {
		return jdbc.sql("""
				select valid_from, participation_years, payment_years, invitation_days, audit_years from retention_setting
				where valid_from <= :d order by valid_from desc limit 1""").param("d", day).query(Setting.class).single();
	}

	@Transactional(readOnly = true)
	public List<Setting> settings() {
		return jdbc.sql("select valid_from, participation_years, payment_years, invitation_days, audit_years from retention_setting order by valid_from desc limit 50")
			.query(Setting.class).list();
	}

	/** Sets the retention from a day on; the admin only. Payments stay at least the fiscal 7 years. */
	@Transactional
	public void set(CurrentUser admin, Setting setting) {
		if (!admin.has(Role.ADMIN)) {
			throw new Refused("access.adminOnly");
		}
		List<FieldMessage> errors = new ArrayList<>();
		if (setting.validFrom() == null) {
			errors.add(new FieldMessage("validFrom", "validation.required"));
		}
		range(errors, "participationYears", setting.participationYears(), 1, 10);
		range(errors, "paymentYears", setting.paymentYears(), 7, 20);
		range(errors, "invitationDays", setting.invitationDays(), 1, 365);
		range(errors, "auditYears", setting.auditYears(), 1, 10);
		InvalidInput.throwIfAny(errors);
		jdbc.sql("""
				insert into retention_setting (valid_from, participation_years, payment_years, invitation_days, audit_years) values (:d, :p, :pay, :i, :a)
				on conflict (valid_from) do update set participation_years = excluded.participation_years, payment_years = excluded.payment_years,
				  invitation_days = excluded.invitation_days, audit_years = excluded.audit_years, updated_at = now()""")
			.param("d", setting.validFrom()).param("p", setting.participationYears()).param("pay", setting.paymentYears())
			.param("i", setting.invitationDays()).param("a", setting.auditYears()).update();
		audit.record(admin.id(), "RETENTION_SET", "retention_setting", setting.validFrom(), null);
	}

	private static void range(List<FieldMessage> errors, String field, int value, int min, int max) {
		if (value < min || value > max) {
			errors.add(new FieldMessage(field, "retention.range", min, max));
		}
	}
}
