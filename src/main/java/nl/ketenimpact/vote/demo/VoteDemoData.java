package nl.ketenimpact.vote.demo;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.OrganisationManagement;
import nl.ketenimpact.organisation.UserManagement;
import nl.ketenimpact.plan.EvidenceStore;
import nl.ketenimpact.project.DwellingView;
import nl.ketenimpact.project.Dwellings;
import nl.ketenimpact.project.ProjectAccess;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.project.ProjectView;
import nl.ketenimpact.project.Residents;
import nl.ketenimpact.shared.FileUpload;
import nl.ketenimpact.vote.internal.ProposalInput;
import nl.ketenimpact.vote.internal.Proposals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A running draagvlakmeting in Lombok-West (opened ten days ago, about half of the households voted, a few on paper;
 * the demo tenant huurder@demo.nl has not voted yet) and a closed one in Kanaleneiland that reached 70%, with its
 * notices and 8-week periods. The running one is written and opened through the module's API; the votes of the past
 * days and the closed vote of 2024 go straight into this module's own tables (the API only knows today).
 */
@Component
@Profile("demo")
@Order(45)
class VoteDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(VoteDemoData.class);

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private final JdbcClient jdbc;

	private final UserManagement users;

	private final ProjectManagement projects;

	private final Dwellings dwellings;

	private final Residents residents;

	private final OrganisationManagement organisations;

	private final Proposals proposals;

	private final EvidenceStore evidence;

	private final Clock clock;

	VoteDemoData(JdbcClient jdbc, UserManagement users, ProjectManagement projects, Dwellings dwellings, Residents residents,
			OrganisationManagement organisations, Proposals proposals, EvidenceStore evidence, Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.projects = projects;
		this.dwellings = dwellings;
		this.residents = residents;
		this.organisations = organisations;
		this.proposals = proposals;
		this.evidence = evidence;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (jdbc.sql("select exists (select 1 from proposal)").query(Boolean.class).single()) {
			return;
		}
		CurrentUser lead = users.activeByUsername("projectlead@demo.nl").orElse(null);
		CurrentUser fieldWorker = users.activeByUsername("vakman@demo.nl").orElse(null);
		if (lead == null || fieldWorker == null) {
			return;
		}
		List<ProjectView> visible = projects.visibleProjects(lead, 0, 20).items();
		ProjectView lombok = visible.stream().filter(p -> p.name().equals("Verduurzaming Lombok-West")).findFirst().orElse(null);
		ProjectView kanaleneiland = visible.stream().filter(p -> p.name().equals("Renovatie Kanaleneiland-Zuid")).findFirst().orElse(null);
		if (lombok == null || kanaleneiland == null) {
			return;
		}
		byte[] scan = scan();
		running(lead, fieldWorker, lombok, scan);
		closed(lead, kanaleneiland, scan);
		log.info("Demo votes created: a running one in {}, a closed one in {}", lombok.name(), kanaleneiland.name());
	}

	/** Lombok-West: 31 households; 11 voted in the portal and 4 on paper over the last ten days. */
	private void running(CurrentUser lead, CurrentUser fieldWorker, ProjectView lombok, byte[] scan) {
		LocalDate today = LocalDate.now(clock);
		UUID liaison = organisations.findByName("Bouwbedrijf Van Dam").map(o -> o.id()).orElse(null);
		List<DwellingView> all = dwellings.inProject(lombok.id(), 1000);
		Proposals.Created created = proposals.create(lead, lombok.id(), new ProposalInput("Gevelisolatie, HR++-glas en ventilatie, fase 2", List.of(),
				"Isolatie van gevel en dak, HR++-glas in alle kozijnen, mechanische ventilatie met CO2-sturing. Uw energielabel gaat van E naar A.",
				"Het voegwerk en de dakgoten worden hersteld; dat is onderhoud en kost u niets extra.",
				List.of(new ProposalInput.RentChange(null, "Eengezinswoning", new BigDecimal("685.00"), new BigDecimal("710.00"),
						"Huurverhoging voor de woningverbetering volgens de Aedes-huurdersbrief: € 25 per maand, minder dan de verwachte besparing op energie.")),
				3, true, null, null, null, "https://www.dekete.nl/sociaal-plan-lombok", "Huurdersvereniging Lombok", liaison, today.minusDays(10),
				today.plusDays(11)));
		proposals.open(lead, created.id());
		OffsetDateTime opened = today.minusDays(10).atTime(9, 0).atZone(AMSTERDAM).toOffsetDateTime();
		jdbc.sql("update proposal set opened_at = :at where id = :id").param("at", opened).param("id", created.id()).update();
		List<DwellingView> households = all.stream().filter(DwellingView::hasResident).toList();
		ProjectAccess access = projects.access(lead, lombok.id());
		UUID demoTenant = users.activeByUsername("huurder@demo.nl").flatMap(residents::dwellingOf).orElse(null);
		int cast = 0;
		for (DwellingView household : households) {
			if (household.id().equals(demoTenant) || cast >= 15) {
				continue;
			}
			OffsetDateTime at = opened.plusHours(7L * cast + 3);
			String choice = cast % 5 == 3 || cast == 7 ? "DISAGREE" : "AGREE";
			if (cast < 11) {
				// Their own vote in the portal, with an account of their own.
				String username = "bewoner" + (cast + 1) + "@bewoners-lombok.test";
				UUID account = users.createResident(username, "Bewoner " + (cast + 1), "demo-" + UUID.randomUUID(), lombok.corporationId(), "nl");
				residents.linkAccount(household.id(), account, "accountUsername");
				vote(created.id(), household.id(), choice, "PORTAL", account, null, at);
			}
			else {
				UUID form = evidence.store(access, lombok.corporationId(), new FileUpload("paperForm", "stemformulier.pdf", scan));
				vote(created.id(), household.id(), choice, "PAPER", cast % 2 == 0 ? lead.id() : fieldWorker.id(), form, at);
			}
			cast++;
		}
	}

	/** Kanaleneiland: voted in May 2024; 10 of the 12 households agreed (83%), so two notices and two 8-week periods. */
	private void closed(CurrentUser lead, ProjectView kanaleneiland, byte[] scan) {
		List<DwellingView> all = dwellings.inProject(kanaleneiland.id(), 1000);
		List<DwellingView> households = all.stream().filter(DwellingView::hasResident).toList();
		UUID id = UUID.nameUUIDFromBytes("proposal:kanaleneiland".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		LocalDate opens = LocalDate.of(2024, 5, 6);
		LocalDate closes = LocalDate.of(2024, 5, 31);
		LocalDate notice = LocalDate.of(2024, 6, 3);
		jdbc.sql("""
				insert into proposal (id, project_id, corporation_id, series_id, version, status, title, works_renovation, works_maintenance,
				  duration_weeks, inhabited, temporary_dwelling, relocation_allowance_eur, move_out_on, social_plan_url, tenants_association,
				  voting_opens_on, voting_closes_on, created_by, created_at, opened_at, closed_at, result_complex_size, result_tenancies,
				  result_agreed, result_disagreed, result_presumed, notice_date)
				values (:id, :p, :c, :id, 1, 'CLOSED', 'Renovatie portiekflats Marshalllaan en Churchilllaan',
				  'Nieuwe badkamer en keuken, vloer- en gevelisolatie, nieuwe kozijnen met HR++-glas. Energielabel van E naar A.',
				  'Herstel van balkons en trappenhuizen.', 8, false,
				  'Een gemeubileerde wisselwoning aan de Beneluxlaan, tegen uw huidige huur; wij verhuizen uw spullen.', 7428, '2024-09-02',
				  'https://www.dekete.nl/sociaal-plan-kanaleneiland', 'Huurdersvereniging Kanaleneiland', :opens, :closes, :by, :created, :opened,
				  :closed, :size, :tenancies, 10, 1, true, :notice)""")
			.param("id", id).param("p", kanaleneiland.id()).param("c", kanaleneiland.corporationId()).param("opens", opens).param("closes", closes)
			.param("by", lead.id()).param("created", opens.minusDays(14).atTime(10, 0).atZone(AMSTERDAM).toOffsetDateTime())
			.param("opened", opens.atTime(9, 0).atZone(AMSTERDAM).toOffsetDateTime())
			.param("closed", closes.plusDays(3).atTime(10, 0).atZone(AMSTERDAM).toOffsetDateTime()).param("size", all.size())
			.param("tenancies", households.size()).param("notice", notice).update();
		jdbc.sql("""
				insert into proposal_rent_change (proposal_id, position, dwelling_type, current_rent_eur, new_rent_eur, basis)
				values (:id, 0, 'Portiekflat', 612.50, 640.00, 'Huurverhoging voor de woningverbetering: € 27,50 per maand.')""").param("id", id).update();
		ProjectAccess access = projects.access(lead, kanaleneiland.id());
		for (int i = 0; i < all.size(); i++) {
			DwellingView d = all.get(i);
			jdbc.sql("insert into proposal_dwelling (proposal_id, dwelling_id, occupied) values (:p, :d, :o)").param("p", id).param("d", d.id())
				.param("o", d.hasResident()).update();
		}
		for (int i = 0; i < households.size(); i++) {
			DwellingView household = households.get(i);
			if (i < 11) {
				UUID form = evidence.store(access, kanaleneiland.corporationId(), new FileUpload("paperForm", "stemformulier.pdf", scan));
				vote(id, household.id(), i == 10 ? "DISAGREE" : "AGREE", "PAPER", lead.id(), form,
						opens.plusDays(i).atTime(14, 0).atZone(AMSTERDAM).toOffsetDateTime());
			}
			if (i >= 10) {
				jdbc.sql("insert into proposal_notice (proposal_id, dwelling_id, notice_date, period_ends_on) values (:p, :d, :n, :e)").param("p", id)
					.param("d", household.id()).param("n", notice).param("e", notice.plusWeeks(Proposals.OBJECTION_WEEKS)).update();
			}
		}
	}

	private void vote(UUID proposal, UUID dwelling, String choice, String channel, UUID by, UUID evidenceId, OffsetDateTime at) {
		jdbc.sql("""
				insert into proposal_vote (id, proposal_id, dwelling_id, choice, channel, cast_by, evidence_id, cast_at)
				values (:id, :p, :d, :choice, :channel, :by, :e, :at)""")
			.param("id", UUID.randomUUID()).param("p", proposal).param("d", dwelling).param("choice", choice).param("channel", channel)
			.param("by", by).param("e", evidenceId).param("at", at).update();
	}

	/** A scanned voting form, for the demo. */
	private static byte[] scan() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document();
		PdfWriter.getInstance(document, out);
		document.open();
		document.add(new Paragraph("Stemformulier renovatievoorstel (voorbeeld voor de demo)".toUpperCase(Locale.ROOT)));
		document.close();
		return out.toByteArray();
	}
}
