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

	/**
	 * A real SMTP server for the whole test run (GreenMail on a free port): the application sends its mail there,
	 * and tests read the messages and follow their links.
	 */
	protected static final com.icegreen.greenmail.util.GreenMail MAIL = startMail();

	private static com.icegreen.greenmail.util.GreenMail startMail() {
		// A port of its own that stays the same, so a test can stop the server and start it again (mail server down).
		int port;
		try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
			port = free.getLocalPort();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		com.icegreen.greenmail.util.GreenMail mail = new com.icegreen.greenmail.util.GreenMail(
				new com.icegreen.greenmail.util.ServerSetup(port, "127.0.0.1", com.icegreen.greenmail.util.ServerSetup.PROTOCOL_SMTP));
		mail.start();
		Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
		return mail;
	}

	@org.springframework.test.context.DynamicPropertySource
	static void mailServer(org.springframework.test.context.DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
	}

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected org.springframework.context.ApplicationContext context;

	@Autowired
	protected UserManagement users;

	@Autowired
	protected OrganisationManagement organisations;

	@Autowired
	protected ProjectManagement projects;

	@Autowired
	protected nl.ketenimpact.organisation.internal.UserAdministration administration;

	@Autowired
	protected nl.ketenimpact.project.Dwellings dwellings;

	@Autowired
	protected nl.ketenimpact.project.Partners partners;

	@Autowired
	protected nl.ketenimpact.project.Residents residents;

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
		// Signed in with both factors, as after the second step (the tests of that step sign in for real).
		java.util.List<SimpleGrantedAuthority> authorities = new java.util.ArrayList<>(
				user.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList());
		authorities.add(new SimpleGrantedAuthority("FACTOR_SECOND"));
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
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
			administration.create(user(ADMIN), new nl.ketenimpact.organisation.internal.UserDetailsInput(OTHER_PARTNER_IN_PROJECT, "Vera Vecht", vecht,
					java.util.Set.of(nl.ketenimpact.organisation.Role.PARTNER_LEAD), "vecht-wachtwoord"));
		}
		return OTHER_PARTNER_IN_PROJECT;
	}

	protected nl.ketenimpact.project.ProjectAccess access(String username, UUID projectId) {
		return projects.access(user(username), projectId);
	}

	/** The text of the newest mail the SMTP server received for this address (fails when there is none). */
	/**
	 * Waits (at most 10 s) until every mail written so far has had its first delivery attempt: delivery follows the
	 * commit asynchronously, so a test reads the mail server only once the outbox has settled.
	 */
	protected void awaitOutbox() {
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).pollInterval(java.time.Duration.ofMillis(25))
			.until(() -> jdbc.sql("select count(*) from mail_outbox where sent_at is null and attempts = 0").query(Long.class).single() == 0);
	}

	protected String lastMailTo(String address) {
		awaitOutbox();
		try {
			jakarta.mail.internet.MimeMessage last = null;
			for (jakarta.mail.internet.MimeMessage message : MAIL.getReceivedMessages()) {
				for (jakarta.mail.Address to : message.getAllRecipients()) {
					if (to.toString().equalsIgnoreCase(address)) {
						last = message;
					}
				}
			}
			if (last == null) {
				throw new AssertionError("no mail for " + address);
			}
			return last.getSubject() + "\n" + last.getContent();
		}
		catch (jakarta.mail.MessagingException | java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** How many mails the SMTP server received for this address. */
	protected long mailsTo(String address) {
		awaitOutbox();
		try {
			long count = 0;
			for (jakarta.mail.internet.MimeMessage message : MAIL.getReceivedMessages()) {
				for (jakarta.mail.Address to : message.getAllRecipients()) {
					if (to.toString().equalsIgnoreCase(address)) {
						count++;
					}
				}
			}
			return count;
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The token of the link to {@code path} in a mail ("…/uitnodiging?token=…"), as the recipient would follow it. */
	protected static String tokenOfLink(String mail, String path) {
		java.util.regex.Matcher link = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(path) + "\\?token=([A-Za-z0-9_\\-]+)").matcher(mail);
		if (!link.find()) {
			throw new AssertionError("no link to " + path + " in: " + mail);
		}
		return link.group(1);
	}

	protected long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}
}
