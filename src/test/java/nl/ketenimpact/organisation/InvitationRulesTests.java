package nl.ketenimpact.organisation;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may give which role (DOMAIN_RULES §8), without Spring: every inviter × every role × their own organisation, an
 * organisation of another kind, and a project's chain partner.
 */
class InvitationRulesTests {

	private static final UUID CORPORATION = UUID.randomUUID();

	private static final UUID OTHER_CORPORATION = UUID.randomUUID();

	private static final UUID CONTRACTOR = UUID.randomUUID();

	private static final UUID WELFARE = UUID.randomUUID();

	private static CurrentUser user(UUID organisation, OrganisationType type, Role... roles) {
		return new CurrentUser(UUID.randomUUID(), "x@y.nl", "X", organisation, "Org", type, EnumSet.of(roles[0], roles));
	}

	private static Set<Role> grants(CurrentUser inviter, UUID organisation, OrganisationType type, boolean forProject) {
		return InvitationRules.grantable(inviter, organisation, type, forProject);
	}

	@Test
	void theCoordinatorBringsInTheCorporationsStaffButNoAdminAndNoResidents() {
		CurrentUser coordinator = user(CORPORATION, OrganisationType.HOUSING_CORPORATION, Role.COORDINATOR);
		assertThat(grants(coordinator, CORPORATION, OrganisationType.HOUSING_CORPORATION, false))
			.containsExactlyInAnyOrder(Role.COORDINATOR, Role.PROJECT_LEAD, Role.SOCIAL_WORKER, Role.FIELD_WORKER);
		assertThat(grants(coordinator, OTHER_CORPORATION, OrganisationType.HOUSING_CORPORATION, false)).isEmpty();
		assertThat(grants(coordinator, OTHER_CORPORATION, OrganisationType.HOUSING_CORPORATION, true)).isEmpty();
		assertThat(grants(coordinator, CONTRACTOR, OrganisationType.MAIN_CONTRACTOR, false)).isEmpty();
		assertThat(grants(coordinator, CONTRACTOR, OrganisationType.MAIN_CONTRACTOR, true)).containsExactly(Role.PARTNER_LEAD);
		assertThat(grants(coordinator, WELFARE, OrganisationType.WELFARE, true)).containsExactly(Role.PARTNER_LEAD);
	}

	@Test
	void theProjectLeadInvitesProjectLeadsAndSiteWorkersAndThePartnersLeadForAProject() {
		CurrentUser lead = user(CORPORATION, OrganisationType.HOUSING_CORPORATION, Role.PROJECT_LEAD);
		assertThat(grants(lead, CORPORATION, OrganisationType.HOUSING_CORPORATION, false)).containsExactlyInAnyOrder(Role.PROJECT_LEAD, Role.FIELD_WORKER);
		assertThat(grants(lead, CONTRACTOR, OrganisationType.SUBCONTRACTOR, true)).containsExactly(Role.PARTNER_LEAD);
		assertThat(grants(lead, UUID.randomUUID(), OrganisationType.PLATFORM, true)).isEmpty();
	}

	@Test
	void aPartnersLeadInvitesColleaguesOfTheirOwnOrganisationOnly() {
		CurrentUser contractorLead = user(CONTRACTOR, OrganisationType.MAIN_CONTRACTOR, Role.PARTNER_LEAD);
		assertThat(grants(contractorLead, CONTRACTOR, OrganisationType.MAIN_CONTRACTOR, false)).containsExactlyInAnyOrder(Role.PARTNER_LEAD, Role.FIELD_WORKER);
		assertThat(grants(contractorLead, WELFARE, OrganisationType.WELFARE, false)).isEmpty();
		assertThat(grants(contractorLead, WELFARE, OrganisationType.WELFARE, true)).isEmpty();
		CurrentUser institutionLead = user(WELFARE, OrganisationType.WELFARE, Role.PARTNER_LEAD);
		assertThat(grants(institutionLead, WELFARE, OrganisationType.WELFARE, false))
			.containsExactlyInAnyOrder(Role.PARTNER_LEAD, Role.FIELD_WORKER, Role.CASE_WORKER);
	}

	@Test
	void everyoneElseInvitesNobody() {
		for (Role role : EnumSet.of(Role.SOCIAL_WORKER, Role.FIELD_WORKER, Role.CASE_WORKER, Role.RESIDENT)) {
			UUID own = role == Role.CASE_WORKER ? WELFARE : role == Role.FIELD_WORKER ? CONTRACTOR : CORPORATION;
			OrganisationType type = role == Role.CASE_WORKER ? OrganisationType.WELFARE
					: role == Role.FIELD_WORKER ? OrganisationType.MAIN_CONTRACTOR : OrganisationType.HOUSING_CORPORATION;
			CurrentUser user = user(own, type, role);
			assertThat(InvitationRules.invites(user)).as(role.name()).isFalse();
			assertThat(grants(user, own, type, false)).as(role.name()).isEmpty();
			assertThat(grants(user, CONTRACTOR, OrganisationType.MAIN_CONTRACTOR, true)).as(role.name()).isEmpty();
		}
	}

	@Test
	void theAdminGivesAnyRoleTheOrganisationsKindAllows() {
		CurrentUser admin = user(UUID.randomUUID(), OrganisationType.PLATFORM, Role.ADMIN);
		assertThat(grants(admin, CORPORATION, OrganisationType.HOUSING_CORPORATION, false))
			.containsExactlyInAnyOrder(Role.ADMIN, Role.COORDINATOR, Role.PROJECT_LEAD, Role.SOCIAL_WORKER, Role.FIELD_WORKER, Role.RESIDENT);
		assertThat(grants(admin, WELFARE, OrganisationType.WELFARE, false))
			.containsExactlyInAnyOrder(Role.ADMIN, Role.PARTNER_LEAD, Role.FIELD_WORKER, Role.CASE_WORKER);
	}
}
