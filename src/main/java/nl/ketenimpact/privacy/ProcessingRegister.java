package nl.ketenimpact.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The processing register (AVG art. 30), the one place where the platform says which personal data it holds: per
 * processing the tables and columns, its purpose, lawful basis (art. 6, and art. 9 for signals), retention and who
 * may read it (the texts are {@code register.<processing>.*}). Every other column of the schema is listed as not
 * personal, so that a column a migration adds is in neither and the register test fails until someone decides.
 */
public final class ProcessingRegister {

	/** The lawful bases of AVG art. 6 lid 1 the platform uses (text {@code processingBasis.<name>}). */
	public enum ProcessingBasis {
		CONSENT, CONTRACT, LEGAL_OBLIGATION, LEGITIMATE_INTEREST, CONSENT_OR_VITAL_INTEREST
	}

	/** One processing: its personal columns per table. */
	public record Processing(String key, ProcessingBasis basis, Map<String, List<String>> columns) {

		public Processing {
			columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
		}
	}

	private static final List<Processing> PROCESSINGS = List.of(
			processing("ACCOUNTS", ProcessingBasis.CONTRACT, """
					app_user: username name password_hash preferred_locale organisation_id
					user_role: user_id role
					api_token: user_id name last_used_at
					second_factor: user_id secret confirmed_at last_time_step
					recovery_code: user_id code_hash
					password_reset: user_id token_hash
					sign_in_attempt: key_hash
					spring_session: principal_name
					spring_session_attributes: attribute_bytes
					idempotency_key: user_id"""),
			processing("INVITATIONS", ProcessingBasis.LEGITIMATE_INTEREST, """
					invitation: email name roles invited_by accepted_user_id locale
					activation_code: dwelling_id code_hash code used_by created_by"""),
			processing("HOUSEHOLDS", ProcessingBasis.CONTRACT, """
					resident: dwelling_id name email phone preferred_language
					resident_account: user_id dwelling_id
					resident_consent: user_id contact_opportunities photos
					household_read: dwelling_id user_id read_at
					dwelling: code bag_identificatie straatnaam huisnummer huisletter huisnummer_toevoeging postcode"""),
			processing("PARTICIPATION", ProcessingBasis.CONSENT, """
					application: applicant_id candidate_ref motivation availability decision_reason decided_by
					placement: application_id mentor outcome_reason
					placement_hours: placement_id hours
					self_work_task: dwelling_id performer_age supervisor instruction_by inspection_by inspection_note created_by
					contribution: person_key person_ref birth_year"""),
			processing("PAYMENTS", ProcessingBasis.LEGAL_OBLIGATION, """
					compensation: resident_user_id amount hours paid_on age_21_plus paid_as_income created_by"""),
			processing("SIGNALS", ProcessingBasis.CONSENT_OR_VITAL_INTEREST, """
					signal: dwelling_id reporter_id categories observation picked_up_by outcome
					signal_contact: recorded_by response note
					referral: lawful_basis explicit_consent consent_date justification referred_by outcome_note outcome_by
					signal_access: user_id reason
					signal_notification: user_id"""),
			processing("VOTES", ProcessingBasis.LEGITIMATE_INTEREST, """
					proposal_vote: dwelling_id choice channel cast_by evidence_id cast_at
					proposal_dwelling: dwelling_id occupied
					proposal_notice: dwelling_id
					proposal_rent_change: dwelling_id current_rent_eur new_rent_eur"""),
			processing("NOTIFICATIONS", ProcessingBasis.LEGITIMATE_INTEREST, """
					notification: user_id place
					notification_preference: user_id delivery
					notification_subscriber: user_id mail_key
					mail_outbox: to_address subject body"""),
			processing("AUTHORSHIP", ProcessingBasis.LEGITIMATE_INTEREST, """
					commitment: created_by decided_by
					progress_entry: entered_by note
					partner_report: submitted_by reviewed_by
					contribution: created_by reviewed_by
					evidence: uploaded_by filename
					evidence_content: content
					opportunity: created_by
					activity: created_by
					practice: published_by contact
					practice_copy: copied_by
					import_job: user_id filename
					import_chunk: data
					proposal: created_by
					event_publication: serialized_event"""),
			processing("PRIVACY_REQUESTS", ProcessingBasis.LEGAL_OBLIGATION, """
					privacy_request: user_id details decided_by reason"""),
			processing("AUDIT", ProcessingBasis.LEGITIMATE_INTEREST, """
					audit_log: actor_id subject_id detail"""));

	/** The columns that hold no personal data (ids of records, codes, dates, figures, organisations). */
	private static final Map<String, List<String>> NOT_PERSONAL = columns("""
			activation_code: id project_id expires_at used_at revoked_at created_at
			activity: id project_id organiser_id type title held_on partner_ids children adults residents staff_volunteer_hours parental_consents created_at status
			allowance_limits: year hourly_adult hourly_young monthly yearly updated_at
			api_rate_window: token_hash minute used max_used
			api_token: id token_hash created_at expires_at revoked_at rate_limit_per_minute
			app_user: id active created_at
			application: id opportunity_id status decided_at created_at
			audit_log: id occurred_at action subject_type organisation_id
			commitment: id project_id partner_organisation_id theme description metric target due_date status created_at decided_at decision_reason
			compensation: id project_id payer_id kind task_id created_at
			contribution: id project_id partner_organisation_id kind block hours_per_week start_date end_date bonuses supplier amount_eur in_register hours value_set_id counted_months value_eur evidence_id status review_reason reviewed_at created_at
			dwelling_count: project_id dwellings
			dwelling: id project_id corporation_id woonplaats bouwjaar energielabel_voor energielabel_na gepland_datum created_at updated_at
			event_publication: id listener_id event_type publication_date completion_date status completion_attempts last_resubmission_date
			evidence: id project_id owner_organisation_id content_type size_bytes sha256 uploaded_at
			evidence_content: evidence_id
			idempotency_key: idempotency_key operation request_hash resource_id created_at
			household_read: id corporation_id
			identity_provider: organisation_id issuer_uri client_id client_secret passwords_allowed updated_at
			identity_provider_domain: domain organisation_id
			import_chunk: job_id seq
			import_job: id project_id status total_rows processed_rows new_rows changed_rows unchanged_rows invalid_rows problems created_at updated_at finished_at invalid_file
			invitation: id organisation_id project_id token_hash status expires_at created_at updated_at
			job_run: job period started_at result
			mail_outbox: id created_at sent_at error attempts next_attempt_at confidential
			notification: id kind source project_id url created_at read_at digest_pending
			notification_preference: kind
			opportunity: id project_id offered_by type title description places start_date end_date requirements compensation job_guarantee job_guarantee_condition status created_at
			organisation: id name type city active created_at
			participation_rollup: project_id organisation_id year placements residents work_experience internships guarantee_ended guarantee_hired jobs hours activities children participants staff_hours
			partner_report: id project_id partner_organisation_id period narrative status submitted_at reviewed_at review_reason
			password_reset: expires_at used_at created_at
			placement: id opportunity_id project_id corporation_id offered_by start_date end_date block hours_per_week outcome contract_type outcome_at created_at
			placement_hours: week_start
			practice: id corporation_id project_id municipality title themes summary steps partners_involved hours budget_eur visibility published_at search
			practice_copy: id practice_id corporation_id project_id copied_at show_name
			practice_result: id practice_id kind value per_value position
			practice_template: id practice_id kind theme metric target opportunity_type title description places job_guarantee job_guarantee_condition activity_type
			progress_entry: id commitment_id amount occurred_on evidence_id entered_at
			privacy_request: id organisation_id kind status created_at due_on decided_at
			signal_rollup: project_id organisation_id year raised in_time referred closed
			signal_rollup_delta: project_id organisation_id year raised in_time referred closed
			signal_rollup_now: project_id organisation_id year raised in_time referred closed
			social_return_rollup: project_id partner_organisation_id year value_eur activity_hours contributions
			project: id corporation_id name municipality neighbourhood project_type start_date end_date status created_at updated_at
			project_partner: id project_id organisation_id role contract_value_eur created_at
			proposal: id project_id corporation_id series_id version status title works_renovation works_maintenance duration_weeks inhabited temporary_dwelling relocation_allowance_eur move_out_on social_plan_url tenants_association liaison_organisation_id voting_opens_on voting_closes_on created_at updated_at opened_at closed_at result_complex_size result_tenancies result_agreed result_disagreed result_presumed notice_date
			proposal_dwelling: proposal_id
			proposal_notice: proposal_id notice_date period_ends_on
			proposal_rent_change: proposal_id position dwelling_type basis
			proposal_vote: id proposal_id
			recovery_code: used_at
			referral: id signal_id organisation_id referred_at consent_withdrawn_at outcome outcome_at
			relocation_allowance: valid_from amount_eur updated_at
			retention_setting: valid_from participation_years payment_years invitation_days audit_years updated_at
			resident: id created_at updated_at
			resident_account: created_at
			resident_consent: updated_at
			second_factor: created_at
			self_work_task: id project_id title description hourly_allowance status instruction_at started_at ready_at inspection_at inspection_passed created_at
			sign_in_attempt: failures first_failure_at last_failure_at blocked_until
			signal: id project_id corporation_id reporter_organisation_id urgency status created_at due_at picked_up_at escalated_at closed_at purged_at retry_on
			signal_access: id signal_id corporation_id action at
			signal_contact: id signal_id recorded_at
			signal_notification: id signal_id kind created_at read_at
			signal_settings: id triage_days urgent_days retention_months updated_at
			social_return_obligation: project_id partner_organisation_id percentage pso_step
			spring_session: primary_id session_id creation_time last_access_time max_inactive_interval expiry_time
			spring_session_attributes: session_primary_id attribute_name
			user_role: 
			value_set: id name municipality valid_from valid_to bonus_eur activity_hour_eur purchase_register_pct purchase_other_pct pso_fulfilment_pct created_at
			value_set_amount: value_set_id block amount_eur""");

	/** Tables of the tooling, not of the platform's data (Flyway's own history). */
	private static final Set<String> TOOLING = Set.of("flyway_schema_history");

	private ProcessingRegister() {
	}

	public static List<Processing> processings() {
		return PROCESSINGS;
	}

	/**
	 * The columns of a schema (table → columns) that the register does not know: neither personal data of a
	 * processing nor marked as not personal. Empty when the register and the schema agree.
	 */
	public static Set<String> unlisted(Map<String, ? extends Iterable<String>> schema) {
		Set<String> known = known();
		Set<String> unlisted = new TreeSet<>();
		schema.forEach((table, columns) -> {
			if (!TOOLING.contains(table)) {
				columns.forEach(column -> {
					if (!known.contains(table + "." + column)) {
						unlisted.add(table + "." + column);
					}
				});
			}
		});
		return unlisted;
	}

	/** Columns the register names that the schema does not have (a column dropped or renamed). */
	public static Set<String> stale(Map<String, ? extends Iterable<String>> schema) {
		Set<String> present = new LinkedHashSet<>();
		schema.forEach((table, columns) -> columns.forEach(column -> present.add(table + "." + column)));
		Set<String> stale = new TreeSet<>(known());
		stale.removeAll(present);
		return stale;
	}

	/** A column that is listed twice (personal in two processings, or personal and not personal). */
	public static Set<String> doubles() {
		Set<String> seen = new LinkedHashSet<>();
		Set<String> doubles = new TreeSet<>();
		List<Map<String, List<String>>> all = new ArrayList<>();
		PROCESSINGS.forEach(p -> all.add(p.columns()));
		all.add(NOT_PERSONAL);
		for (Map<String, List<String>> columns : all) {
			columns.forEach((table, names) -> names.forEach(name -> {
				if (!seen.add(table + "." + name)) {
					doubles.add(table + "." + name);
				}
			}));
		}
		return doubles;
	}

	private static Set<String> known() {
		Set<String> known = new LinkedHashSet<>();
		PROCESSINGS.forEach(p -> p.columns().forEach((table, names) -> names.forEach(name -> known.add(table + "." + name))));
		NOT_PERSONAL.forEach((table, names) -> names.forEach(name -> known.add(table + "." + name)));
		return known;
	}

	private static Processing processing(String key, ProcessingBasis basis, String columns) {
		return new Processing(key, basis, columns(columns));
	}

	/** "table: column column" per line. */
	private static Map<String, List<String>> columns(String text) {
		Map<String, List<String>> columns = new LinkedHashMap<>();
		for (String line : text.strip().split("\n")) {
			String[] parts = line.split(":", 2);
			List<String> names = Arrays.stream(parts[1].strip().split("\\s+")).filter(n -> !n.isEmpty()).toList();
			columns.merge(parts[0].strip(), names, (a, b) -> {
				List<String> both = new ArrayList<>(a);
				both.addAll(b);
				return both;
			});
		}
		return columns;
	}
}
