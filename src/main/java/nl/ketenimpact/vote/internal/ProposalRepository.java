package nl.ketenimpact.vote.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.ketenimpact.vote.ProposalStatus;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The proposal aggregate's tables: the only place where its state names are written. Loads a proposal with its row
 * locked for a step; its write methods require the caller's transaction.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class ProposalRepository {

	private static final String AGGREGATE = """
			select id, project_id, corporation_id, series_id, version, status, voting_opens_on, voting_closes_on, liaison_organisation_id
			from proposal""";

	private static final RowMapper<Proposal> ROW = (rs, n) -> new Proposal(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
			rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getInt(5), ProposalStatus.valueOf(rs.getString(6)),
			rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class), rs.getObject(9, UUID.class));

	/** What a proposal says, as its readers see it. */
	record Content(UUID id, UUID projectId, UUID seriesId, int version, String status, String title, String worksRenovation, String worksMaintenance,
			int durationWeeks, boolean inhabited, String temporaryDwelling, BigDecimal relocationAllowanceEur, LocalDate moveOutOn,
			String socialPlanUrl, String tenantsAssociation, UUID liaisonOrganisationId, LocalDate votingOpensOn, LocalDate votingClosesOn,
			OffsetDateTime createdAt, OffsetDateTime openedAt, OffsetDateTime closedAt, Integer resultComplexSize, Integer resultTenancies,
			Integer resultAgreed, Integer resultDisagreed, Boolean resultPresumed, LocalDate noticeDate) {
	}

	record RentChangeRow(UUID dwellingId, String dwellingType, BigDecimal currentRentEur, BigDecimal newRentEur, String basis) {
	}

	record VoteRow(UUID dwellingId, String choice, String channel, UUID castBy, UUID evidenceId, OffsetDateTime castAt) {
	}

	record ComplexDwelling(UUID dwellingId, Boolean occupied) {
	}

	record NoticeRow(UUID dwellingId, LocalDate noticeDate, LocalDate periodEndsOn) {
	}

	private final JdbcClient jdbc;

	ProposalRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	Optional<Proposal> find(UUID id) {
		return jdbc.sql(AGGREGATE + " where id = :id").param("id", id).query(ROW).optional();
	}

	Optional<Proposal> lock(UUID id) {
		return jdbc.sql(AGGREGATE + " where id = :id for update").param("id", id).query(ROW).optional();
	}

	/** For a vote: many at once, but not while the proposal is closed or changed. */
	Optional<Proposal> lockShared(UUID id) {
		return jdbc.sql(AGGREGATE + " where id = :id for share").param("id", id).query(ROW).optional();
	}

	void insert(Proposal proposal, ProposalInput input, List<UUID> complex, UUID createdBy) {
		jdbc.sql("""
				insert into proposal (id, project_id, corporation_id, series_id, version, status, title, works_renovation, works_maintenance,
				  duration_weeks, inhabited, temporary_dwelling, relocation_allowance_eur, move_out_on, social_plan_url, tenants_association,
				  liaison_organisation_id, voting_opens_on, voting_closes_on, created_by)
				values (:id, :project, :corporation, :series, :version, :status, :title, :renovation, :maintenance, :weeks, :inhabited, :temporary,
				  :allowance, :moveOut, :socialPlan, :association, :liaison, :opens, :closes, :by)""")
			.param("id", proposal.id()).param("project", proposal.projectId()).param("corporation", proposal.corporationId())
			.param("series", proposal.seriesId()).param("version", proposal.version()).param("status", proposal.status().name())
			.params(content(input)).param("by", createdBy).update();
		children(proposal.id(), input, complex);
	}

	/** Replaces what a draft says. */
	void update(Proposal proposal, ProposalInput input, List<UUID> complex) {
		jdbc.sql("""
				update proposal set title = :title, works_renovation = :renovation, works_maintenance = :maintenance, duration_weeks = :weeks,
				  inhabited = :inhabited, temporary_dwelling = :temporary, relocation_allowance_eur = :allowance, move_out_on = :moveOut,
				  social_plan_url = :socialPlan, tenants_association = :association, liaison_organisation_id = :liaison,
				  voting_opens_on = :opens, voting_closes_on = :closes, updated_at = now()
				where id = :id""")
			.param("id", proposal.id()).params(content(input)).update();
		jdbc.sql("delete from proposal_rent_change where proposal_id = :id").param("id", proposal.id()).update();
		jdbc.sql("delete from proposal_dwelling where proposal_id = :id").param("id", proposal.id()).update();
		children(proposal.id(), input, complex);
	}

	private static Map<String, Object> content(ProposalInput input) {
		Map<String, Object> values = new HashMap<>();
		values.put("title", input.title().strip());
		values.put("renovation", input.worksRenovation().strip());
		values.put("maintenance", input.worksMaintenance() == null ? "" : input.worksMaintenance().strip());
		values.put("weeks", input.durationWeeks());
		values.put("inhabited", input.inhabited());
		values.put("temporary", blankToNull(input.temporaryDwelling()));
		values.put("allowance", input.relocationAllowanceEur());
		values.put("moveOut", input.moveOutOn());
		values.put("socialPlan", blankToNull(input.socialPlanUrl()));
		values.put("association", blankToNull(input.tenantsAssociation()));
		values.put("liaison", input.liaisonOrganisationId());
		values.put("opens", input.votingOpensOn());
		values.put("closes", input.votingClosesOn());
		return values;
	}

	private void children(UUID id, ProposalInput input, List<UUID> complex) {
		for (UUID dwelling : complex) {
			jdbc.sql("insert into proposal_dwelling (proposal_id, dwelling_id) values (:p, :d)").param("p", id).param("d", dwelling).update();
		}
		int position = 0;
		for (ProposalInput.RentChange change : input.givenRentChanges()) {
			jdbc.sql("""
					insert into proposal_rent_change (proposal_id, position, dwelling_id, dwelling_type, current_rent_eur, new_rent_eur, basis)
					values (:p, :n, :d, :t, :current, :new, :basis)""")
				.param("p", id).param("n", position++).param("d", change.dwellingId()).param("t", blankToNull(change.dwellingType()))
				.param("current", change.currentRentEur()).param("new", change.newRentEur()).param("basis", change.basis().strip()).update();
		}
	}

	void saveStatus(Proposal proposal, OffsetDateTime now) {
		String stamp = switch (proposal.status()) {
			case OPEN -> ", opened_at = :now";
			case CLOSED -> ", closed_at = :now";
			default -> "";
		};
		jdbc.sql("update proposal set status = :status, updated_at = now()" + stamp + " where id = :id").param("status", proposal.status().name())
			.param("now", now).param("id", proposal.id()).update();
	}

	/** The count at the close, with which dwellings had a tenancy then. */
	void saveResult(UUID id, Tally.Result result, java.util.Set<UUID> occupied, LocalDate noticeDate) {
		jdbc.sql("""
				update proposal set result_complex_size = :size, result_tenancies = :tenancies, result_agreed = :agreed,
				  result_disagreed = :disagreed, result_presumed = :presumed, notice_date = :notice where id = :id""")
			.param("size", result.complexSize()).param("tenancies", result.tenancies()).param("agreed", result.agreed())
			.param("disagreed", result.disagreed()).param("presumed", result.presumedReasonable()).param("notice", noticeDate).param("id", id).update();
		jdbc.sql("update proposal_dwelling set occupied = (dwelling_id in (:occupied)) where proposal_id = :id")
			.param("occupied", occupied.isEmpty() ? List.of(new UUID(0, 0)) : occupied).param("id", id).update();
	}

	void insertNotice(UUID id, UUID dwellingId, LocalDate noticeDate, LocalDate periodEndsOn) {
		jdbc.sql("insert into proposal_notice (proposal_id, dwelling_id, notice_date, period_ends_on) values (:p, :d, :n, :e)")
			.param("p", id).param("d", dwellingId).param("n", noticeDate).param("e", periodEndsOn).update();
	}

	void insertVote(UUID proposalId, UUID dwellingId, Tally.Choice choice, Tally.Channel channel, UUID castBy, UUID evidenceId, OffsetDateTime at) {
		jdbc.sql("""
				insert into proposal_vote (id, proposal_id, dwelling_id, choice, channel, cast_by, evidence_id, cast_at)
				values (:id, :p, :d, :choice, :channel, :by, :evidence, :at)""")
			.param("id", UUID.randomUUID()).param("p", proposalId).param("d", dwellingId).param("choice", choice.name())
			.param("channel", channel.name()).param("by", castBy).param("evidence", evidenceId).param("at", at).update();
	}

	// Reads: also outside a transaction of the caller's.

	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	Optional<Content> content(UUID id) {
		return jdbc.sql("""
				select id, project_id, series_id, version, status, title, works_renovation, works_maintenance, duration_weeks, inhabited,
				  temporary_dwelling, relocation_allowance_eur, move_out_on, social_plan_url, tenants_association, liaison_organisation_id,
				  voting_opens_on, voting_closes_on, created_at, opened_at, closed_at, result_complex_size, result_tenancies, result_agreed,
				  result_disagreed, result_presumed, notice_date
				from proposal where id = :id""").param("id", id).query(Content.class).optional();
	}

	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	List<Content> ofProject(UUID projectId, List<String> statuses, UUID coveringDwelling) {
		return jdbc.sql("""
				select id, project_id, series_id, version, status, title, works_renovation, works_maintenance, duration_weeks, inhabited,
				  temporary_dwelling, relocation_allowance_eur, move_out_on, social_plan_url, tenants_association, liaison_organisation_id,
				  voting_opens_on, voting_closes_on, created_at, opened_at, closed_at, result_complex_size, result_tenancies, result_agreed,
				  result_disagreed, result_presumed, notice_date
				from proposal p where project_id = :project and status in (:statuses)
				  and (cast(:dwelling as uuid) is null or exists (select 1 from proposal_dwelling pd where pd.proposal_id = p.id and pd.dwelling_id = :dwelling))
				order by created_at desc, version desc limit 100""")
			.param("project", projectId).param("statuses", statuses).param("dwelling", coveringDwelling).query(Content.class).list();
	}

	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	List<ComplexDwelling> complex(UUID id) {
		return jdbc.sql("select dwelling_id, occupied from proposal_dwelling where proposal_id = :id").param("id", id).query(ComplexDwelling.class).list();
	}

	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	boolean covers(UUID id, UUID dwellingId) {
		return jdbc.sql("select exists (select 1 from proposal_dwelling where proposal_id = :id and dwelling_id = :d)").param("id", id)
			.param("d", dwellingId).query(Boolean.class).single();
	}

	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	List<RentChangeRow> rentChanges(UUID id) {
		return jdbc.sql("""
				select dwelling_id, dwelling_type, current_rent_eur, new_rent_eur, basis from proposal_rent_change where proposal_id = :id
				order by position""").param("id", id).query(RentChangeRow.class).list();
	}

	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	List<VoteRow> votes(UUID id) {
		return jdbc.sql("select dwelling_id, choice, channel, cast_by, evidence_id, cast_at from proposal_vote where proposal_id = :id order by cast_at")
			.param("id", id).query(VoteRow.class).list();
	}

	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	List<VoteRow> votesOf(UUID id, UUID dwellingId) {
		return jdbc.sql("""
				select dwelling_id, choice, channel, cast_by, evidence_id, cast_at from proposal_vote where proposal_id = :id and dwelling_id = :d
				order by cast_at""").param("id", id).param("d", dwellingId).query(VoteRow.class).list();
	}

	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	List<NoticeRow> notices(UUID id) {
		return jdbc.sql("select dwelling_id, notice_date, period_ends_on from proposal_notice where proposal_id = :id").param("id", id)
			.query(NoticeRow.class).list();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
