package nl.ketenimpact.impact.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.OrganisationManagement;
import nl.ketenimpact.organisation.OrganisationView;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.organisation.WorkItems;
import nl.ketenimpact.project.Portfolio;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.project.ProjectStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Social return's work: for the coordinator the registrations waiting for their check, and for the coordinator and a
 * partner's lead the obligations behind a straight-line schedule (less fulfilled than the share of the project's time
 * that has passed).
 */
@Component
class ImpactWorkItems implements WorkItems {

	private static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");

	private final JdbcClient jdbc;

	private final Portfolio portfolio;

	private final ProjectManagement projects;

	private final SocialReturn socialReturn;

	private final OrganisationManagement organisations;

	private final java.time.Clock clock;

	/**
	 * Obligations behind schedule per (organisation, own only), kept five minutes: they move with approved
	 * registrations and the days passing, and working them out asks every running project (a large corporation has
	 * hundreds), too much for every page's menu count.
	 */
	static final java.time.Duration KEPT = java.time.Duration.ofMinutes(5);

	private record Kept(Part part, long at) {
	}

	private final java.util.Map<String, Kept> atRisk = new java.util.concurrent.ConcurrentHashMap<>();

	ImpactWorkItems(JdbcClient jdbc, Portfolio portfolio, ProjectManagement projects, SocialReturn socialReturn, OrganisationManagement organisations,
			java.time.Clock clock) {
		this.jdbc = jdbc;
		this.portfolio = portfolio;
		this.projects = projects;
		this.socialReturn = socialReturn;
		this.organisations = organisations;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Part> partsFor(CurrentUser user) {
		List<Part> parts = new ArrayList<>();
		if (user.has(Role.COORDINATOR) && user.isCorporationStaff()) {
			List<Portfolio.Project> own = portfolio.ofCorporation(user.organisationId(), null);
			parts.add(toCheck(own));
			parts.add(kept(user.organisationId() + ":all", () -> atRisk(user, own, null)));
		}
		if (user.has(Role.PARTNER_LEAD) && user.isChainPartner()) {
			parts.add(kept(user.organisationId() + ":own", () -> atRisk(user, portfolio.ofPartner(user.organisationId(), null), user.organisationId())));
		}
		return parts;
	}

	private Part kept(String key, java.util.function.Supplier<Part> work) {
		long now = clock.millis();
		Kept kept = atRisk.get(key);
		if (kept == null || now - kept.at() > KEPT.toMillis()) {
			kept = new Kept(work.get(), now);
			atRisk.put(key, kept);
		}
		return kept.part();
	}

	private Part toCheck(List<Portfolio.Project> own) {
		Map<UUID, String> names = own.stream().collect(Collectors.toMap(Portfolio.Project::id, Portfolio.Project::name));
		if (names.isEmpty()) {
			return new Part("CONTRIBUTION_TO_CHECK", 0, List.of());
		}
		String where = " from contribution where status = :s and project_id in (:p)";
		long count = jdbc.sql("select count(*)" + where).param("s", ContributionStatus.PENDING.name()).param("p", names.keySet()).query(Long.class).single();
		record Row(UUID id, UUID projectId, UUID partnerOrganisationId, OffsetDateTime createdAt) {
		}
		List<Row> rows = jdbc.sql("select id, project_id, partner_organisation_id, created_at" + where + " order by created_at, id limit " + SHOWN)
			.param("s", ContributionStatus.PENDING.name()).param("p", names.keySet()).query(Row.class).list();
		Map<UUID, OrganisationView> partners = organisations.byIds(rows.stream().map(Row::partnerOrganisationId).toList());
		return new Part("CONTRIBUTION_TO_CHECK", count, rows.stream().map(r -> new Item("CONTRIBUTION_TO_CHECK", "worklist.item.contributionToCheck",
				List.of(partners.get(r.partnerOrganisationId()).name(), names.get(r.projectId())), null, r.createdAt(),
				"/projects/" + r.projectId() + "/contributions/" + r.id())).toList());
	}

	/**
	 * Obligations of running projects with both dates whose fulfilment is below the share of time passed; {@code partner}
	 * limits it to one partner's own. The project's end is the deadline; the most behind comes first.
	 */
	private Part atRisk(CurrentUser user, List<Portfolio.Project> candidates, UUID partner) {
		LocalDate today = LocalDate.now(clock.withZone(DUTCH));
		record Behind(Item item, int gap) {
		}
		List<Behind> behind = new ArrayList<>();
		for (Portfolio.Project project : candidates) {
			if (project.status() != ProjectStatus.EXECUTION || project.startDate() == null || project.endDate() == null
					|| !project.endDate().isAfter(project.startDate()) || today.isBefore(project.startDate())) {
				continue;
			}
			int expected = expectedPercentage(project.startDate(), project.endDate(), today);
			for (PartnerSocialReturn row : socialReturn.summary(projects.access(user, project.id())).byPartner()) {
				if ((partner == null || partner.equals(row.partnerId())) && row.obligationEur().compareTo(BigDecimal.ZERO) > 0
						&& row.fulfilmentPercentage() < expected) {
					behind.add(new Behind(new Item("OBLIGATION_AT_RISK", "worklist.item.obligationAtRisk",
							List.of(row.partnerName(), project.name(), row.fulfilmentPercentage(), expected), project.endDate().atTime(23, 59).atZone(DUTCH)
								.toOffsetDateTime(), null, "/projects/" + project.id() + "/social-return"), expected - row.fulfilmentPercentage()));
				}
			}
		}
		behind.sort(Comparator.comparingInt(Behind::gap).reversed());
		return new Part("OBLIGATION_AT_RISK", behind.size(), behind.stream().limit(SHOWN).map(Behind::item).toList());
	}

	/** The straight line: the percentage of the project's days that have passed, rounded down. */
	static int expectedPercentage(LocalDate start, LocalDate end, LocalDate today) {
		long total = ChronoUnit.DAYS.between(start, end);
		long passed = Math.min(total, Math.max(0, ChronoUnit.DAYS.between(start, today)));
		return total <= 0 ? 100 : (int) (passed * 100 / total);
	}
}
