package nl.ketenimpact.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.ketenimpact.IntegrationTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A project lead in a real browser (Debian's chromium) on a 375 px wide phone screen: logs in, opens a
 * project, adds a dwelling with a bad postcode, sees why, corrects it and sees it listed. Every page
 * visited is checked with axe-core and must have no violations.
 * <p>
 * Runs when chromium, chromedriver and axe-core are installed, else reports itself skipped with the reason
 * ({@code .ci/run} installs them and sets {@code -Dbrowser.tests=required}, so there a missing browser fails).
 */
class BrowserTests extends IntegrationTestSupport {

	private static Chromium chromium;

	private static WebDriver browser;

	@LocalServerPort
	int port;

	private final List<String> violations = new ArrayList<>();

	@BeforeEach
	void startBrowser() {
		if (chromium == null) {
			chromium = Chromium.start(port);
			browser = chromium.driver;
		}
	}

	@AfterAll
	static void stopBrowser() {
		if (chromium != null) {
			chromium.close();
			chromium = null;
		}
	}

	@Test
	void projectLeadAddsADwellingOnAPhoneAndEveryPageIsAccessible() throws Exception {
		browser.manage().deleteAllCookies();
		browser.get("http://localhost:" + port + "/login");
		check("login");
		logIn(PROJECT_LEAD);
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Welkom");
		check("start page");

		navigate(By.linkText("Verduurzaming Lombok-West"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Verduurzaming Lombok-West");
		check("project page");

		navigate(By.linkText("Woning toevoegen"));
		check("dwelling form");
		browser.findElement(By.id("straatnaam")).sendKeys("Abeelstraat");
		browser.findElement(By.id("huisnummer")).sendKeys("3");
		browser.findElement(By.id("postcode")).sendKeys("0351 XY");
		browser.findElement(By.id("woonplaats")).sendKeys("Utrecht");
		browser.findElement(By.id("bagIdentificatie")).sendKeys("0344010000555003");
		navigate(By.cssSelector("form.form button[type=submit]"));

		WebElement error = browser.findElement(By.id("postcode-error"));
		assertThat(error.getText()).contains("Een postcode bestaat uit 4 cijfers");
		check("dwelling form with an error");

		WebElement postcode = browser.findElement(By.id("postcode"));
		postcode.clear();
		postcode.sendKeys("3531 xy");
		navigate(By.cssSelector("form.form button[type=submit]"));

		assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("De woning is toegevoegd.");
		assertThat(browser.findElement(By.id("dwellings")).getText()).contains("Abeelstraat 3").contains("3531 XY");
		check("project page after adding");

		assertThat(violations).isEmpty();
	}

	@Test
	void adminAndResidentPagesAreAccessibleOnAPhone() throws Exception {
		logIn(ADMIN);
		for (String path : List.of("/admin/organisations", "/admin/organisations/new", "/admin/value-sets", "/admin/value-sets/new",
				"/admin/signal-settings", "/admin/allowance-limits", "/admin/outbox", "/admin/tokens", "/account/tokens", "/practices", "/admin/users",
				"/admin/users/new")) {
			browser.get("http://localhost:" + port + path);
			check(path);
		}
		navigate(By.cssSelector("form.form button[type=submit]"));
		assertThat(browser.findElement(By.cssSelector(".error-summary")).getText()).isNotBlank();
		check("user form with errors");
		logIn(RESIDENT);
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Wat op u wacht");
		check("resident start page (worklist)");
		navigate(By.partialLinkText("Mijn project"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Uw project").contains("Verduurzaming Lombok-West");
		check("resident portal");
		browser.get("http://localhost:" + port + "/projects/" + java.util.UUID.randomUUID());
		check("not found page");
		browser.get("http://localhost:" + port + "/bestaat-niet");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("bestaat niet");
		check("unknown path page");
		browser.get("http://localhost:" + port + "/?lang=en");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Waiting for you").contains("My project");
		check("resident start page in English");
		browser.get("http://localhost:" + port + "/portal");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Your project");
		check("resident portal in English");
		browser.get("http://localhost:" + port + "/?lang=nl");
		assertThat(violations).isEmpty();
	}

	@Test
	void partnerRegistersAContributionWithEvidenceCoordinatorApprovesAndThePlanShowsIt() throws Exception {
		String project = "http://localhost:" + port + "/projects/" + lombok().id();
		By socialReturnRow = By.xpath("//tr[td[contains(., 'Social return: 5% van de contractwaarde.')]]/td[5]");

		logIn(COORDINATOR);
		browser.get(project + "/plan");
		check("plan page");
		java.math.BigDecimal before = dutchNumber(browser.findElement(socialReturnRow).getText());

		logIn(PARTNER_LEAD);
		browser.get(project);
		navigate(By.linkText("Social return"));
		check("social return page");
		navigate(By.linkText("Bijdrage registreren"));
		check("contribution form");
		browser.findElement(By.cssSelector("input[name=kind][value=PERSON]")).click();
		browser.findElement(By.id("personRef")).sendKeys("BROWSER-1");
		browser.findElement(By.id("birthYear")).sendKeys("1987");
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("block"))).selectByValue("PARTICIPATIEWET");
		browser.findElement(By.id("hoursPerWeek")).sendKeys("36");
		JavascriptExecutor js = (JavascriptExecutor) browser;
		js.executeScript("document.getElementById('startDate').value = '2026-01-01'; document.getElementById('endDate').value = '2026-06-30';");
		navigate(By.cssSelector("form.form button[type=submit]"));
		assertThat(browser.findElement(By.cssSelector(".flash")).getText()).contains("Voeg het bewijsstuk toe");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("€ 20.000,00");
		check("contribution page");
		String contribution = browser.getCurrentUrl();

		Path evidence = Files.createTempFile("beschikking", ".pdf");
		Files.write(evidence, PDF);
		browser.findElement(By.id("file")).sendKeys(evidence.toAbsolutePath().toString());
		navigate(By.cssSelector("form.form button[type=submit]"));
		assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("Het bewijsstuk is toegevoegd.");

		logIn(COORDINATOR);
		browser.get(contribution);
		navigate(By.xpath("//button[normalize-space()='Goedkeuren']"));
		assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("De bijdrage is goedgekeurd en telt mee.");
		browser.get(project + "/plan");
		assertThat(dutchNumber(browser.findElement(socialReturnRow).getText())).isEqualByComparingTo(before.add(java.math.BigDecimal.valueOf(20000)));
		assertThat(violations).isEmpty();
	}

	private void navigate(By target) {
		chromium.navigate(target);
	}

	@Test
	void aSignalGoesFromTheSiteWorkerToTheSocialTeamToTheWelfareWorkerAndTheWorkerSeesOnlyItsStatus() throws Exception {
		String base = "http://localhost:" + port;
		String observation = "Browsertest: bewoner vertelde dat hij al dagen niemand had gesproken";

		logIn(FIELD_WORKER);
		browser.get(base + "/signals/new");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Zorgsignaal melden");
		check("signal form");
		browser.findElement(By.cssSelector("input[name=urgency][value=ACUTE]")).click();
		assertThat(browser.findElement(By.cssSelector(".acute-warning")).isDisplayed()).isTrue();
		browser.findElement(By.cssSelector("input[name=urgency][value=NORMAL]")).click();
		browser.findElement(By.cssSelector("input[name=categories][value=LONELINESS]")).click();
		browser.findElement(By.id("observation")).sendKeys(observation);
		browser.findElement(By.id("dwelling-search")).sendKeys("Kanaalstraat 2");
		new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(10))
			.until(driver -> driver.findElements(By.cssSelector("#dwelling-results input[name=dwellingId]")).size() > 1);
		browser.findElements(By.cssSelector("#dwelling-results input[name=dwellingId]")).get(1).click();
		check("signal form with dwelling results");
		navigate(By.cssSelector("form.form button[type=submit]"));
		assertThat(browser.findElement(By.cssSelector(".flash")).getText()).contains("ontvangen");
		check("signals after reporting");
		UUID signal = jdbc.sql("select id from signal where observation = :o").param("o", observation).query(UUID.class).single();

		logIn("wijkconsulent@demo.nl");
		browser.get(base + "/signals");
		check("social team queue");
		browser.get(base + "/signals/" + signal);
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(observation).contains("Kanaalstraat 2");
		check("signal detail");
		navigate(By.xpath("//button[normalize-space()='Oppakken']"));
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("organisationId"))).selectByVisibleText("Welzijn Wijkkracht");
		browser.findElement(By.cssSelector("input[name=lawfulBasis][value=CONSENT]")).click();
		((JavascriptExecutor) browser).executeScript("document.getElementById('consentDate').value = arguments[0];", java.time.LocalDate.now().toString());
		navigate(By.xpath("//button[normalize-space()='Doorverwijzen']"));
		assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("Het zorgsignaal is doorverwezen.");
		check("signal detail after referral");

		logIn(CASE_WORKER);
		browser.get(base + "/signals");
		check("referrals of the welfare organisation");
		browser.get(base + "/signals/" + signal);
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(observation);
		check("referral");

		logIn(FIELD_WORKER);
		browser.get(base + "/signals/" + signal);
		String page = browser.findElement(By.tagName("main")).getText();
		assertThat(page).contains("Opgepakt").doesNotContain(observation).doesNotContain("Welzijn").doesNotContain("Doorverwezen");
		check("reporter status");
		assertThat(violations).isEmpty();
	}

	@Test
	void aResidentAppliesOnAPhoneThePartnerAcceptsAndTheResidentSeesThePlacement() throws Exception {
		String base = "http://localhost:" + port;
		UUID opportunity = opportunities.publish(user(PARTNER_LEAD), lombok().id(), new nl.ketenimpact.participation.OpportunityInput(
				nl.ketenimpact.participation.OpportunityType.WORK_EXPERIENCE, "Browserplaats schilderwerk", "Meewerken met de schilders.", 2,
				java.time.LocalDate.now(), java.time.LocalDate.now().plusMonths(6), null, "Reiskosten", false, null));

		logIn(RESIDENT);
		// The new opportunity is on the tenant's worklist; the portal is one tap away.
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Nieuwe kansen in uw project").contains("Browserplaats schilderwerk");
		navigate(By.partialLinkText("Mijn project"));
		assertThat(browser.getCurrentUrl()).endsWith("/portal");
		check("resident portal");
		navigate(By.linkText("Browserplaats schilderwerk"));
		check("opportunity for a resident");
		browser.findElement(By.id("motivation")).sendKeys("Ik schilder graag en wil weer aan het werk.");
		browser.findElement(By.id("availability")).sendKeys("Doordeweeks");
		navigate(By.cssSelector("form.form button[type=submit]"));
		assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("Uw aanmelding is verstuurd.");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Browserplaats schilderwerk").contains("Aangemeld");
		check("portal after applying");

		logIn(PARTNER_LEAD);
		browser.get(base + "/opportunities/" + opportunity);
		check("opportunity with applications");
		JavascriptExecutor js = (JavascriptExecutor) browser;
		js.executeScript("document.querySelector('input[name=startDate]').value = arguments[0];"
				+ "document.querySelector('input[name=endDate]').value = arguments[1];", java.time.LocalDate.now().toString(),
				java.time.LocalDate.now().plusMonths(3).toString());
		browser.findElement(By.cssSelector("input[name=mentor]")).sendKeys("Johan Timmer");
		browser.findElement(By.cssSelector("input[name=hoursPerWeek]")).sendKeys("16");
		navigate(By.xpath("//button[normalize-space()='Accepteren']"));
		assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("De aanmelding is geaccepteerd.");
		check("placement page");

		logIn(RESIDENT);
		// The decision is on the tenant's worklist, with the way to the portal.
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("U bent aangenomen voor Browserplaats schilderwerk");
		navigate(By.partialLinkText("Mijn project"));
		String portal = browser.findElement(By.tagName("main")).getText();
		assertThat(portal).contains("Waar ik aan meedoe").contains("Browserplaats schilderwerk").contains("Geaccepteerd");
		navigate(By.xpath("//h2[normalize-space()='Waar ik aan meedoe']/following-sibling::ul[1]//a[normalize-space()='Browserplaats schilderwerk']"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Johan Timmer");
		check("placement for the resident");
		assertThat(violations).isEmpty();
	}

	@Test
	void aTenantVotesOnThePhoneAndThePartnerSeesTurnoutButNoChoices() throws Exception {
		String base = "http://localhost:" + port;
		UUID proposal = jdbc.sql("select id from proposal where project_id = :p and status = 'OPEN' order by created_at limit 1")
			.param("p", lombok().id()).query(UUID.class).single();
		logIn(RESIDENT);
		// The open vote is on the tenant's worklist; its page shows their own rent change.
		navigate(By.partialLinkText("Stem over"));
		assertThat(browser.getCurrentUrl()).endsWith("/proposals/" + proposal);
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Uw huur").contains("U hebt nog niet gestemd");
		check("ballot");
		browser.findElement(By.cssSelector("input[name=choice][value=AGREE]")).click();
		navigate(By.cssSelector("#your-vote button[type=submit]"));
		assertThat(browser.findElement(By.cssSelector(".flash")).getText()).startsWith("Uw stem is opgeslagen.");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("U hebt gekozen: Ik stem in met het voorstel");
		check("ballot after voting");

		logIn(PROJECT_LEAD);
		browser.get(base + "/proposals/" + proposal);
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Stemmen per huishouden").contains("Adressen die nog niet stemden");
		check("proposal for the project lead");
		browser.get(base + "/projects/" + lombok().id() + "/proposals/new");
		check("proposal form");

		logIn(PARTNER_LEAD);
		browser.get(base + "/proposals/" + proposal);
		String partner = browser.findElement(By.tagName("main")).getText();
		assertThat(partner).contains("Opkomst per voordeur").doesNotContain("Stemmen per huishouden").doesNotContain("Ik stem in met");
		check("proposal for a chain partner");
		assertThat(violations).isEmpty();
	}

	@Test
	void anotherCorporationFindsTheInternshipPracticeAndCopiesItIntoItsOwnProject() throws Exception {
		projects.create(user(OTHER_PROJECT_LEAD), new nl.ketenimpact.project.ProjectInput("Verduurzaming Strijp-Oost", "Eindhoven", null,
				nl.ketenimpact.project.ProjectType.REB, null, null));
		logIn("coordinator@zuid.demo.nl");
		browser.get("http://localhost:" + port + "/practices");
		check("practice library");
		browser.findElement(By.id("q")).sendKeys("stage");
		navigate(By.cssSelector("form[role=search] button[type=submit]"));
		navigate(By.partialLinkText("Stages met baangarantie"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("stagiairs aangenomen");
		check("practice page");
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("projectId"))).selectByVisibleText("Verduurzaming Strijp-Oost");
		navigate(By.xpath("//button[normalize-space()='Overnemen als concept']"));
		assertThat(browser.findElement(By.cssSelector(".flash")).getText()).startsWith("Overgenomen");
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Strijp-Oost");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Voorstellen");
		check("plan with copied drafts");
		assertThat(violations).isEmpty();
	}

	@org.springframework.beans.factory.annotation.Autowired
	nl.ketenimpact.participation.OpportunityManagement opportunities;

	@Test
	void projectLeadUploadsDwellingsSeesThePreviewFollowsTheProgressAndGetsTheInvalidRows() throws Exception {
		UUID project = projects.create(user(PROJECT_LEAD),
				new nl.ketenimpact.project.ProjectInput("Importproject in de browser", "Utrecht", null, nl.ketenimpact.project.ProjectType.REB, null, null));
		Path file = Files.createTempFile("woningen", ".csv");
		Files.writeString(file, """
				code;bagIdentificatie;straatnaam;huisnummer;postcode;woonplaats
				BR-1;0344010000993001;Kanaalstraat;1;3531 AB;Utrecht
				BR-2;0344010000993002;Kanaalstraat;3;3531 AB;Utrecht
				BR-3;123;Kanaalstraat;5;3531 AB;Utrecht
				""");
		logIn(PROJECT_LEAD);
		browser.get("http://localhost:" + port + "/projects/" + project);
		navigate(By.linkText("Woningen importeren"));
		check("import upload");
		browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
		navigate(By.cssSelector("form.form button[type=submit]"));

		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Voorbeeld van de import");
		assertThat(browser.findElement(By.cssSelector("dl.facts")).getText()).contains("Nieuw\n2").contains("Ongeldig\n1");
		assertThat(browser.findElement(By.cssSelector("table")).getText()).contains("bagIdentificatie");
		assertThat(count("dwelling where project_id = '" + project + "'")).isZero();
		check("import preview");

		navigate(By.cssSelector("form[action$='/start'] button"));
		new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(15))
			.until(driver -> driver.findElement(By.id("progress")).getText().contains("De import is klaar."));
		assertThat(browser.findElement(By.id("import-progress")).getAttribute("value")).isEqualTo("100");
		assertThat(browser.findElements(By.partialLinkText("Download de ongeldige rijen"))).hasSize(1);
		check("import result");

		navigate(By.linkText("Terug naar Importproject in de browser"));
		assertThat(browser.findElement(By.id("dwellings")).getText()).contains("Kanaalstraat 1").contains("Kanaalstraat 3");
		Files.deleteIfExists(file);
		assertThat(violations).isEmpty();
	}

	@Test
	void coordinatorOpensThePortfolioFiltersAYearAndDownloadsTheReport() throws Exception {
		logIn(COORDINATOR);
		// On a phone the menu waits behind its button, which a keyboard user reaches and opens.
		WebElement menuButton = browser.findElement(By.cssSelector(".menu-button"));
		assertThat(menuButton.getAttribute("aria-expanded")).isEqualTo("false");
		assertThat(browser.findElement(By.id("main-menu")).isDisplayed()).isFalse();
		menuButton.sendKeys(org.openqa.selenium.Keys.ENTER);
		assertThat(menuButton.getAttribute("aria-expanded")).isEqualTo("true");
		assertThat(browser.findElement(By.id("main-menu")).isDisplayed()).isTrue();
		navigate(By.linkText("Impact"));
		assertThat(browser.getCurrentUrl()).endsWith("/impact/portfolio");
		assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Impact van de portefeuille");
		check("portfolio dashboard");
		String year = String.valueOf(java.time.LocalDate.now().getYear());
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("year"))).selectByVisibleText(year);
		navigate(By.cssSelector("form[role=search] button[type=submit]"));
		assertThat(browser.getCurrentUrl()).contains("year=" + year);
		assertThat(browser.findElement(By.cssSelector("dl.kpis")).getText()).contains("Woningen");
		check("portfolio dashboard filtered");

		WebElement pdf = browser.findElement(By.cssSelector("a[data-export=pdf]"));
		assertThat(pdf.getAttribute("href")).contains("/impact/portfolio/export/pdf?year=" + year);
		// Download it in the signed-in browser session.
		Object download = ((JavascriptExecutor) browser).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done([r.status, r.headers.get('content-type'),
				  String.fromCharCode(...new Uint8Array(b.slice(0, 5)))]))).catch(e => done(['failed ' + e]));""", pdf.getAttribute("href"));
		assertThat(download).isEqualTo(List.of(200L, "application/pdf", "%PDF-"));

		navigate(By.linkText("Jaarrapportage ESRS S3/S4"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("ESRS S3").contains("ESRS S4");
		check("esrs report");
		navigate(By.linkText("Terug naar Impact van de portefeuille"));
		navigate(By.linkText("Vergelijking met de sector"));
		check("benchmark");
		browser.get("http://localhost:" + port + "/projects/" + lombok().id() + "/impact");
		check("project dashboard");
		browser.get("http://localhost:" + port + "/projects/" + lombok().id() + "/results");
		check("residents' results");
		assertThat(violations).isEmpty();
	}

	@Test
	void aNewColleagueFollowsTheInvitationSetsAPasswordAndTheSecondFactorAndEveryStepIsAccessible() throws Exception {
		browser.manage().deleteAllCookies();
		for (String path : List.of("/login", "/wachtwoord-vergeten", "/activeren", "/uitnodiging?token=ki_verzonnen")) {
			browser.get("http://localhost:" + port + path);
			check(path);
		}
		// An invitation of the coordinator for a new member of the social team (second factor required).
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/invitations")
				.header("Authorization", bearer(COORDINATOR)).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content("{\"email\":\"browser.wijk@keten.test\",\"organisationId\":\"" + user(COORDINATOR).organisationId()
						+ "\",\"roles\":[\"SOCIAL_WORKER\"]}"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isCreated());
		String token = tokenOfLink(lastMailTo("browser.wijk@keten.test"), "/uitnodiging");
		browser.get("http://localhost:" + port + "/uitnodiging?token=" + token);
		check("accept invitation");
		browser.findElement(By.id("name")).sendKeys("Bo Browser");
		browser.findElement(By.id("password")).sendKeys("kort");
		navigate(By.cssSelector("form.form button[type=submit]"));
		assertThat(browser.findElement(By.id("password-error")).getText()).contains("minstens 12");
		check("accept invitation with an error");
		browser.findElement(By.id("password")).sendKeys("een zin die ik onthoud");
		navigate(By.cssSelector("form.form button[type=submit]"));
		check("login after accepting");
		browser.findElement(By.id("username")).sendKeys("browser.wijk@keten.test");
		navigate(By.cssSelector("form.form button[type=submit]"));
		check("password step");
		browser.findElement(By.id("password")).sendKeys("een zin die ik onthoud");
		navigate(By.cssSelector("form.form button[type=submit]"));
		assertThat(browser.getCurrentUrl()).endsWith("/tweede-stap/instellen");
		check("second factor setup");
		String secret = browser.findElement(By.cssSelector("code.secret")).getText();
		browser.findElement(By.id("code")).sendKeys(nl.ketenimpact.TestTotp.now(secret));
		navigate(By.cssSelector("form.form button[type=submit]"));
		assertThat(browser.findElements(By.cssSelector("ol.codes li"))).hasSize(10);
		check("recovery codes");
		navigate(By.cssSelector("main a.button"));
		browser.get("http://localhost:" + port + "/signals");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
		check("signals after the second factor");
		browser.get("http://localhost:" + port + "/account");
		check("my account with password and second factor");
		assertThat(violations).isEmpty();
	}

	private static java.math.BigDecimal dutchNumber(String text) {
		return new java.math.BigDecimal(text.replace(".", "").replace(",", ".").strip());
	}

	private void logIn(String username) {
		chromium.logIn(username, "demo");
	}

	/** Every check of {@link Chromium#check} on the current page: axe-core, width, console errors, charts. */
	private void check(String page) {
		violations.addAll(chromium.check(page));
	}
}
