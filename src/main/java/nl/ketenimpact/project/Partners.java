package nl.ketenimpact.project;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.OrganisationManagement;
import nl.ketenimpact.organisation.OrganisationType;
import nl.ketenimpact.organisation.OrganisationView;
import nl.ketenimpact.project.internal.InvitedPartners;
import nl.ketenimpact.project.internal.ProjectScope;
import nl.ketenimpact.shared.AuditLog;
import nl.ketenimpact.shared.InvalidInput;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The chain partners of projects: the project lead adds them (an invitation can too, see {@link InvitedPartners}). */
@Service
public class Partners {

	private final JdbcClient jdbc;

	private final ProjectScope scope;

	private final OrganisationManagement organisations;

	private final AuditLog audit;

	Partners(JdbcClient jdbc, ProjectScope scope, OrganisationManagement organisations, AuditLog audit) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.organisations = organisations;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<PartnerView> list(CurrentUser user, UUID projectId) {
		ProjectPermissions permissions = scope.permissions(user, scope.requireVisible(user, projectId));
		List<PartnerView> partners = rows(projectId);
		return shown(user, permissions, partners, organisations.byIds(partners.stream().map(PartnerView::organisationId).collect(Collectors.toSet())));
	}

	List<PartnerView> rows(UUID projectId) {
		return jdbc.sql("""
				select pp.id, pp.project_id, pp.organisation_id, pp.role, pp.contract_value_eur
				from project_partner pp where pp.project_id = :id order by pp.created_at limit 500""")
			.param("id", projectId)
			.query((rs, row) -> new PartnerView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), null,
					PartnerRole.valueOf(rs.getString(4)), rs.getBigDecimal(5)))
			.list();
	}

	/** Partners with their names, sorted; contract values are commercial: a chain partner sees only its own, staff all of them. */
	static List<PartnerView> shown(CurrentUser user, ProjectPermissions permissions, List<PartnerView> partners, Map<UUID, OrganisationView> names) {
		return partners.stream()
			.map(p -> new PartnerView(p.id(), p.projectId(), p.organisationId(), ProjectManagement.nameOf(names, p.organisationId()), p.role(),
					permissions.seeResidents() || p.organisationId().equals(user.organisationId()) ? p.contractValueEur() : null))
			.sorted(Comparator.comparing(PartnerView::organisationName).thenComparing(PartnerView::role))
			.toList();
	}

	@Transactional
	public UUID add(CurrentUser user, UUID projectId, PartnerInput input) {
		scope.requireManage(user, projectId);
		Optional<OrganisationView> organisation = organisations.find(input.organisationId());
		if (organisation.isEmpty() || !organisation.get().active()) {
			throw new InvalidInput("organisationId", "organisation.unknown");
		}
		if (organisation.get().type() == OrganisationType.HOUSING_CORPORATION) {
			throw new InvalidInput("organisationId", "partner.organisation.corporation");
		}
		if (organisation.get().type().isPlatform()) {
			throw new InvalidInput("organisationId", "partner.organisation.platform");
		}
		UUID id;
		try {
			id = insert(projectId, input.organisationId(), input.role(), input.contractValueEur());
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInput("role", "partner.duplicate");
		}
		audit.record(user.id(), "PARTNER_ADDED", "project", projectId, "partner=" + id);
		return id;
	}

	/** The one insert of a project partner; a second one in the same role is a {@code DuplicateKeyException}. */
	@Transactional(propagation = Propagation.MANDATORY)
	public UUID insert(UUID projectId, UUID organisationId, PartnerRole role, BigDecimal contractValue) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into project_partner (id, project_id, organisation_id, role, contract_value_eur)
				values (:id, :project, :organisation, :role, :value)""")
			.param("id", id).param("project", projectId).param("organisation", organisationId).param("role", role.name())
			.param("value", contractValue).update();
		return id;
	}

	/** Whether the organisation is a chain partner of the project (in any role). */
	public boolean isPartner(UUID projectId, UUID organisationId) {
		return jdbc.sql("select exists (select 1 from project_partner where project_id = :p and organisation_id = :o)")
			.param("p", projectId).param("o", organisationId).query(Boolean.class).single();
	}
}
