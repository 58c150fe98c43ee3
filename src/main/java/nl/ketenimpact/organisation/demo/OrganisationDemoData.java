package nl.ketenimpact.organisation.demo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.ketenimpact.organisation.OrganisationType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo organisations and the demo accounts of DESIGN §7 (password {@code demo}); only with profile
 * {@code demo}, and only once: a database that already has them is left alone.
 */
@Component
@Profile("demo")
@Order(10)
class OrganisationDemoData implements ApplicationRunner {

	static final String CORPORATION = "Woonstichting De Keten";

	static final String PLATFORM = "Ketenimpact Platformbeheer";

	/** Small corporations with a running project each (no accounts), so the sector benchmark has its five corporations. */
	static final List<String> SMALL_CORPORATIONS = List.of("Woonstichting Rivierenland", "Wooncorporatie De Vaart", "Stichting Thuis in Twente",
			"Woonbron Noord");

	private static final Logger log = LoggerFactory.getLogger(OrganisationDemoData.class);

	private record Org(String name, OrganisationType type, String city) {
	}

	private record Account(String username, String name, String organisation, List<String> roles) {
	}

	private static final List<Org> ORGANISATIONS = List.of(
			new Org(CORPORATION, OrganisationType.HOUSING_CORPORATION, "Utrecht"),
			new Org("Bouwbedrijf Van Dam", OrganisationType.MAIN_CONTRACTOR, "Nieuwegein"),
			new Org("Installatietechniek Vecht", OrganisationType.SUBCONTRACTOR, "Maarssen"),
			new Org("Isolatiehandel Midden", OrganisationType.SUPPLIER, "Houten"),
			new Org("Adviesbureau Wooncomfort", OrganisationType.ADVISOR, "Utrecht"),
			new Org("ROC Stichtse Vakschool", OrganisationType.EDUCATION, "Utrecht"),
			new Org("Welzijn Wijkkracht", OrganisationType.WELFARE, "Utrecht"),
			new Org("Woongoed Zuid", OrganisationType.HOUSING_CORPORATION, "Eindhoven"),
			new Org("Bouwcombinatie Kempen", OrganisationType.MAIN_CONTRACTOR, "Eindhoven"),
			new Org(PLATFORM, OrganisationType.PLATFORM, "Utrecht"),
			new Org(SMALL_CORPORATIONS.get(0), OrganisationType.HOUSING_CORPORATION, "Tiel"),
			new Org(SMALL_CORPORATIONS.get(1), OrganisationType.HOUSING_CORPORATION, "Zwolle"),
			new Org(SMALL_CORPORATIONS.get(2), OrganisationType.HOUSING_CORPORATION, "Enschede"),
			new Org(SMALL_CORPORATIONS.get(3), OrganisationType.HOUSING_CORPORATION, "Groningen"));

	private static final List<Account> ACCOUNTS = List.of(
			new Account("admin@demo.nl", "Anne Beheer", PLATFORM, List.of("ADMIN")),
			new Account("coordinator@demo.nl", "Carla de Wit", CORPORATION, List.of("COORDINATOR")),
			new Account("projectlead@demo.nl", "Peter Jansen", CORPORATION, List.of("PROJECT_LEAD")),
			new Account("wijkconsulent@demo.nl", "Wendy Bakker", CORPORATION, List.of("SOCIAL_WORKER")),
			new Account("aannemer@demo.nl", "Arjen van Dam", "Bouwbedrijf Van Dam", List.of("PARTNER_LEAD")),
			new Account("vakman@demo.nl", "Vincent Smit", "Bouwbedrijf Van Dam", List.of("FIELD_WORKER")),
			new Account("hulpverlener@demo.nl", "Hanna Visser", "Welzijn Wijkkracht", List.of("CASE_WORKER")),
			new Account("huurder@demo.nl", "Hatice Yilmaz", CORPORATION, List.of("RESIDENT")),
			new Account("coordinator@zuid.demo.nl", "Zoë Hendriks", "Woongoed Zuid", List.of("COORDINATOR")),
			new Account("projectlead@zuid.demo.nl", "Bram Claassen", "Woongoed Zuid", List.of("PROJECT_LEAD")),
			new Account("aannemer@zuid.demo.nl", "Karin Kuijpers", "Bouwcombinatie Kempen", List.of("PARTNER_LEAD")),
			new Account("huurder@zuid.demo.nl", "Ruud Peeters", "Woongoed Zuid", List.of("RESIDENT")));

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final nl.ketenimpact.organisation.SecondFactor secondFactor;

	/** The base32 TOTP secret of the demo users who need a second factor (README: {@code oathtool --totp -b KETENIMPACTDEMO7}). */
	static final String DEMO_TOTP_SECRET = "KETENIMPACTDEMO7";

	OrganisationDemoData(JdbcClient jdbc, PasswordEncoder passwords, nl.ketenimpact.organisation.SecondFactor secondFactor) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.secondFactor = secondFactor;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		boolean present = jdbc.sql("select exists (select 1 from organisation where name = :name)")
			.param("name", CORPORATION)
			.query(Boolean.class)
			.single();
		if (present) {
			return;
		}
		Map<String, UUID> ids = new java.util.HashMap<>();
		for (Org org : ORGANISATIONS) {
			UUID id = UUID.nameUUIDFromBytes(("organisation:" + org.name()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
			ids.put(org.name(), id);
			jdbc.sql("insert into organisation (id, name, type, city) values (:id, :name, :type, :city)")
				.param("id", id)
				.param("name", org.name())
				.param("type", org.type().name())
				.param("city", org.city())
				.update();
		}
		String hash = passwords.encode("demo");
		for (Account account : ACCOUNTS) {
			UUID id = UUID.nameUUIDFromBytes(("user:" + account.username()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
			jdbc.sql("insert into app_user (id, username, name, password_hash, organisation_id) values (:id, :username, :name, :hash, :org)")
				.param("id", id)
				.param("username", account.username())
				.param("name", account.name())
				.param("hash", hash)
				.param("org", ids.get(account.organisation()))
				.update();
			for (String role : account.roles()) {
				jdbc.sql("insert into user_role (user_id, role) values (:id, :role)").param("id", id).param("role", role).update();
			}
			if (account.roles().stream().anyMatch(role -> nl.ketenimpact.organisation.SecondFactor.REQUIRED_FOR.contains(
					nl.ketenimpact.organisation.Role.valueOf(role)))) {
				secondFactor.enrolForDemo(id, DEMO_TOTP_SECRET);
			}
		}
		log.info("Demo organisations and {} demo accounts created (password 'demo')", ACCOUNTS.size());
	}
}
