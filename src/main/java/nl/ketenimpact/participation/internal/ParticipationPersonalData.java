package nl.ketenimpact.participation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.PersonalData;
import nl.ketenimpact.project.Residents;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking part, in "Mijn gegevens": the person's own applications and their decisions (not those a case worker filed for
 * a candidate: that is the candidate's data), placements with their hours, self-work of their dwelling, and payments.
 */
@Component
class ParticipationPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	private final Residents residents;

	ParticipationPersonalData(JdbcClient jdbc, Residents residents) {
		this.jdbc = jdbc;
		this.residents = residents;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Part> of(CurrentUser person) {
		UUID id = person.id();
		List<Map<String, Object>> applications = jdbc.sql("""
				select o.title, a.status, a.motivation, a.availability, a.decision_reason, a.created_at, a.decided_at
				from application a join opportunity o on o.id = a.opportunity_id
				where a.applicant_id = :u and a.candidate_ref is null order by a.created_at desc""")
			.param("u", id)
			.query((rs, n) -> PersonalData.record("opportunity", rs.getString("title"), "status", rs.getString("status"), "motivation",
					rs.getString("motivation"), "availability", rs.getString("availability"), "decisionReason", rs.getString("decision_reason"),
					"createdAt", rs.getObject("created_at", OffsetDateTime.class), "decidedAt", rs.getObject("decided_at", OffsetDateTime.class)))
			.list();
		List<Map<String, Object>> placements = jdbc.sql("""
				select o.title, p.start_date, p.end_date, p.mentor, p.hours_per_week, p.outcome, p.outcome_reason,
				       (select coalesce(sum(h.hours), 0) from placement_hours h where h.placement_id = p.id) as hours
				from placement p join application a on a.id = p.application_id join opportunity o on o.id = p.opportunity_id
				where a.applicant_id = :u and a.candidate_ref is null order by p.start_date desc""")
			.param("u", id)
			.query((rs, n) -> PersonalData.record("opportunity", rs.getString("title"), "startDate", rs.getObject("start_date", LocalDate.class),
					"endDate", rs.getObject("end_date", LocalDate.class), "mentor", rs.getString("mentor"), "hoursPerWeek", rs.getBigDecimal("hours_per_week"),
					"hoursRecorded", rs.getBigDecimal("hours"), "outcome", rs.getString("outcome"), "outcomeReason", rs.getString("outcome_reason")))
			.list();
		List<Map<String, Object>> selfWork = residents.dwellingOf(person).map(dwelling -> jdbc.sql("""
				select title, status, supervisor, hourly_allowance, instruction_at, inspection_at, inspection_passed, created_at
				from self_work_task where dwelling_id = :d order by created_at desc""")
			.param("d", dwelling)
			.query((rs, n) -> PersonalData.record("task", rs.getString("title"), "status", rs.getString("status"), "supervisor", rs.getString("supervisor"),
					"hourlyAllowance", rs.getBoolean("hourly_allowance"), "instructedAt", rs.getObject("instruction_at", OffsetDateTime.class),
					"inspectedAt", rs.getObject("inspection_at", OffsetDateTime.class), "inspectionPassed", rs.getObject("inspection_passed", Boolean.class)))
			.list()).orElse(List.of());
		List<Map<String, Object>> payments = jdbc.sql("""
				select paid_on, amount, hours, kind, paid_as_income from compensation where resident_user_id = :u order by paid_on desc""")
			.param("u", id)
			.query((rs, n) -> PersonalData.record("paidOn", rs.getObject("paid_on", LocalDate.class), "amountEur", rs.getObject("amount", BigDecimal.class),
					"hours", rs.getBigDecimal("hours"), "kind", rs.getString("kind"), "paidAsIncome", rs.getBoolean("paid_as_income")))
			.list();
		if (applications.isEmpty() && placements.isEmpty() && selfWork.isEmpty() && payments.isEmpty()) {
			return List.of();
		}
		return List.of(new Part("APPLICATIONS", applications), new Part("PLACEMENTS", placements), new Part("SELF_WORK", selfWork),
				new Part("PAYMENTS", payments));
	}

	/**
	 * What the person wrote and what was written about them in their applications and placements goes; the records
	 * stay as counts (a placement still counts for the project). Payments stay: the fiscal duty keeps them 7 years,
	 * linked to the account that is now a pseudonym.
	 */
	@Override
	@Transactional
	public void erase(CurrentUser person) {
		jdbc.sql("""
				update placement set outcome_reason = null where application_id in
				  (select id from application where applicant_id = :u and candidate_ref is null)""").param("u", person.id()).update();
		jdbc.sql("update application set motivation = '', availability = '', decision_reason = null where applicant_id = :u and candidate_ref is null")
			.param("u", person.id()).update();
	}
}
