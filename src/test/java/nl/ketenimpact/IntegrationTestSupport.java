package nl.ketenimpact;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import nl.ketenimpact.organisation.ApiTokens;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.OrganisationManagement;
import nl.ketenimpact.organisation.UserManagement;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.project.ProjectView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** Demo accounts as test actors: a signed-in page session or an API bearer token for each. */
@IntegrationTest
public abstract class IntegrationTestSupport {

	public static final String PROJECT_LEAD = "projectlead@demo.nl";
	public static final String COORDINATOR = "coordinator@demo.nl";
	public static final String PARTNER_LEAD = "aannemer@demo.nl";
	public static final String FIELD_WORKER = "vakman@demo.nl";
	public static final String CASE_WORKER = "hulpverlener@demo.nl";
	public static final String RESIDENT = "huurder@demo.nl";
	public static final String ADMIN = "admin@demo.nl";
	public static final String OTHER_PROJECT_LEAD = "projectlead@zuid.demo.nl";
	public static final String OTHER_PARTNER_LEAD = "aannemer@zuid.demo.nl";
	public static final String OTHER_RESIDENT = "huurder@zuid.demo.nl";

	private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected UserManagement users;

	@Autowired
	protected OrganisationManagement organisations;

	@Autowired
	protected ProjectManagement projects;

	@Autowired
	protected ApiTokens tokens;

	@Autowired
	protected JdbcClient jdbc;

	/** The application's clock (Europe/Amsterdam): "today" as the application sees it, also just after midnight there. */
	@Autowired
	protected java.time.Clock clock;

	protected java.time.LocalDate today() {
		return java.time.LocalDate.now(clock);
	}

	protected CurrentUser user(String username) {
		return users.activeByUsername(username).orElseThrow(() -> new IllegalStateException("no active user " + username));
	}

	/** A signed-in page session of the user (the filter reloads the user from the database, as in production). */
	protected RequestPostProcessor as(String username) {
		CurrentUser user = user(username);
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
				user.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList()));
	}

	/** "Bearer …" for the user's API token (one per user per test run). */
	protected String bearer(String username) {
		return "Bearer " + TOKENS.computeIfAbsent(username, name -> tokens.issue(user(name), "test"));
	}

	protected UUID projectNamed(String name) {
		return jdbc.sql("select id from project where name = :name").param("name", name).query(UUID.class).single();
	}

	protected ProjectView lombok() {
		return projects.get(user(PROJECT_LEAD), projectNamed("Verduurzaming Lombok-West"));
	}

	protected UUID woensel() {
		return projectNamed("Verduurzaming Woensel-Noord");
	}

	/** A minimal valid PDF, as evidence. */
	protected static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	/** A partner lead of another chain partner of Lombok-West (the demo has none), created once. */
	public static final String OTHER_PARTNER_IN_PROJECT = "lead@vecht.test";

	protected String otherPartnerInProject() {
		if (users.activeByUsername(OTHER_PARTNER_IN_PROJECT).isEmpty()) {
			UUID vecht = organisations.findByName("Installatietechniek Vecht").orElseThrow().id();
			users.create(user(ADMIN), new nl.ketenimpact.organisation.UserDetailsInput(OTHER_PARTNER_IN_PROJECT, "Vera Vecht", vecht,
					java.util.Set.of(nl.ketenimpact.organisation.Role.PARTNER_LEAD), "vecht-wachtwoord"));
		}
		return OTHER_PARTNER_IN_PROJECT;
	}

	protected nl.ketenimpact.project.ProjectAccess access(String username, UUID projectId) {
		return projects.access(user(username), projectId);
	}

	protected long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}
}
