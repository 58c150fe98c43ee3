package nl.ketenimpact.organisation;

import java.util.Set;
import java.util.UUID;

import nl.ketenimpact.organisation.internal.UserAdministration;
import nl.ketenimpact.organisation.internal.UserDetailsInput;

import org.springframework.context.ApplicationContext;

/** Test data of the organisation module, made through its own API as the platform admin does. */
public final class OrganisationTestData {

	/** The password of every account made here: long enough for {@link PasswordRules}. */
	public static final String PASSWORD = "een lange zin voor de tests";

	private final OrganisationManagement organisations;

	private final UserAdministration administration;

	private final CurrentUser admin;

	private OrganisationTestData(ApplicationContext context) {
		this.organisations = context.getBean(OrganisationManagement.class);
		this.administration = context.getBean(UserAdministration.class);
		this.admin = context.getBean(UserManagement.class).activeByUsername("admin@demo.nl").orElseThrow();
	}

	public static OrganisationTestData in(ApplicationContext context) {
		return new OrganisationTestData(context);
	}

	public UUID organisation(String name, OrganisationType type) {
		return organisations.create(admin, new OrganisationDetails(name, type, "Utrecht"));
	}

	public UUID user(String email, UUID organisationId, Role role) {
		return administration.create(admin, new UserDetailsInput(email, email, organisationId, Set.of(role), PASSWORD));
	}
}
