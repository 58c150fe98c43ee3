package nl.ketenimpact.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import nl.ketenimpact.IntegrationTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A site worker's phone in a basement (Chromium with its network switched off and on through the DevTools protocol):
 * the signal form and the activity form keep a report on the phone, say so, and send it once when the connection
 * returns; a report sent again after a lost answer makes no second record; a report older than 24 hours leaves the
 * phone unsent; the form itself is kept by the service worker.
 */
class OfflineFieldFormBrowserTests extends IntegrationTestSupport {

	@LocalServerPort
	int port;

	private Chromium chromium;

	@AfterEach
	void stop() {
		if (chromium != null) {
			chromium.close();
		}
	}

	private void network(boolean online) {
		ChromiumDriver driver = (ChromiumDriver) chromium.driver;
		driver.executeCdpCommand("Network.enable", Map.of());
		driver.executeCdpCommand("Network.emulateNetworkConditions",
				Map.of("offline", !online, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
		new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> Boolean.valueOf(online).equals(chromium.js().executeScript("return navigator.onLine;")));
	}

	private String status() {
		return chromium.driver.findElement(By.cssSelector("[data-offline-status]")).getText();
	}

	private void awaitStatus(String text) {
		new WebDriverWait(chromium.driver, Duration.ofSeconds(15)).until(d -> status().contains(text));
	}

	private long signals(String observation) {
		return jdbc.sql("select count(*) from signal where observation = :o").param("o", observation).query(Long.class).single();
	}

	private long activities(String title) {
		return jdbc.sql("select count(*) from activity where title = :t").param("t", title).query(Long.class).single();
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> waiting() {
		return (List<Map<String, Object>>) chromium.js().executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				window.ketenimpactOffline.waiting().then(done, e => done(String(e)));""");
	}

	private void awaitServiceWorker() {
		Object ready = chromium.js().executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				setTimeout(() => navigator.serviceWorker.getRegistrations().then(r => done('not ready: ' + r.length + ' registrations, '
				  + r.map(x => (x.installing ? 'installing ' : '') + (x.waiting ? 'waiting ' : '') + (x.active ? 'active' : '')).join(';'))), 15000);
				navigator.serviceWorker.ready.then(() => done(true), e => done(String(e)));""");
		assertThat(ready).as(String.valueOf(chromium.consoleErrors())).isEqualTo(true);
	}

	@Test
	void aSignalMadeInTheBasementWaitsOnThePhoneAndIsSentOnceWhenTheConnectionReturns() {
		chromium = Chromium.start(port);
		chromium.logIn(FIELD_WORKER, "demo");
		List<String> findings = new java.util.ArrayList<>(chromium.check("start page of the site worker"));
		String form = "/projects/" + lombok().id() + "/signals/new";
		chromium.get(form);
		awaitServiceWorker();
		findings.addAll(chromium.check("signal form"));
		// The form is kept on the phone (from this first visit on).
		new WebDriverWait(chromium.driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(chromium.js().executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				caches.open('ketenimpact-field-v1').then(c => c.match(arguments[0])).then(r => done(!!r), () => done(false));""", form)));

		network(false);
		chromium.driver.findElement(By.cssSelector("input[name=categories][value=LONELINESS]")).click();
		chromium.driver.findElement(By.id("observation")).sendKeys("Kelder zonder bereik 3R7");
		chromium.driver.findElement(By.cssSelector("form[data-offline-form] button[type=submit]")).click();
		awaitStatus("1 melding wacht op verbinding");
		assertThat(signals("Kelder zonder bereik 3R7")).isZero();
		List<Map<String, Object>> kept = waiting();
		assertThat(kept).hasSize(1);
		Map<String, Object> report = kept.get(0);
		// The form is empty again, with a new key for the next report.
		assertThat(chromium.driver.findElement(By.id("observation")).getAttribute("value")).isEmpty();
		assertThat(chromium.driver.findElement(By.name("idempotencyKey")).getAttribute("value")).isNotEqualTo(report.get("key"));

		network(true);
		awaitStatus("Alles is verzonden.");
		assertThat(signals("Kelder zonder bereik 3R7")).isEqualTo(1);
		assertThat(waiting()).isEmpty();

		// The answer was lost and the phone kept it: sent again (twice at once), still one signal, and gone from the phone.
		chromium.js().executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const item = arguments[0];
				const request = indexedDB.open('ketenimpact-field', 1);
				request.onsuccess = () => { const t = request.result.transaction('queue', 'readwrite'); t.objectStore('queue').put(item);
				  t.oncomplete = () => { request.result.close(); done(true); }; };""", report);
		chromium.js().executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				Promise.all([window.ketenimpactOffline.flush(), window.ketenimpactOffline.flush()]).then(() => done(true), e => done(String(e)));""");
		assertThat(signals("Kelder zonder bereik 3R7")).isEqualTo(1);
		assertThat(waiting()).isEmpty();

		// A report that waited more than a day leaves the phone unsent.
		chromium.js().executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const item = Object.assign({}, arguments[0], { key: 'oud-' + Date.now(), createdAt: Date.now() - 25 * 3600 * 1000,
				  body: arguments[0].body.replace('Kelder+zonder+bereik+3R7', 'Te+oud+om+te+sturen+3R8') });
				const request = indexedDB.open('ketenimpact-field', 1);
				request.onsuccess = () => { const t = request.result.transaction('queue', 'readwrite'); t.objectStore('queue').put(item);
				  t.oncomplete = () => { request.result.close(); window.ketenimpactOffline.flush().then(() => done(true)); }; };""", report);
		awaitStatus("na 24 uur zonder verbinding van deze telefoon verwijderd");
		assertThat(waiting()).isEmpty();
		assertThat(signals("Te oud om te sturen 3R8")).isZero();

		findings.addAll(chromium.consoleErrors().stream().filter(e -> e.contains("Content Security Policy") || e.contains("Uncaught")).toList());
		assertThat(findings).isEmpty();
	}

	@Test
	void anActivityRecordedWithoutAConnectionIsRecordedOnceWhenItReturnsAndTheStartPageSaysWhatWaits() {
		chromium = Chromium.start(port);
		chromium.logIn(FIELD_WORKER, "demo");
		chromium.get("/projects/" + lombok().id() + "/activities/new");
		awaitServiceWorker();
		List<String> findings = new java.util.ArrayList<>(chromium.check("activity form"));

		network(false);
		new org.openqa.selenium.support.ui.Select(chromium.driver.findElement(By.id("type"))).selectByValue("SITE_EXCURSION");
		chromium.driver.findElement(By.id("title")).sendKeys("Rondleiding in de kelder 4S1");
		chromium.js().executeScript("document.getElementById('heldOn').value = '2026-11-20';");
		chromium.driver.findElement(By.id("children")).clear();
		chromium.driver.findElement(By.id("children")).sendKeys("14");
		chromium.driver.findElement(By.id("parentalConsents")).clear();
		chromium.driver.findElement(By.id("parentalConsents")).sendKeys("14");
		chromium.driver.findElement(By.cssSelector("form[data-offline-form] button[type=submit]")).click();
		awaitStatus("1 melding wacht op verbinding");
		assertThat(activities("Rondleiding in de kelder 4S1")).isZero();

		network(true);
		awaitStatus("Alles is verzonden.");
		assertThat(activities("Rondleiding in de kelder 4S1")).isEqualTo(1);
		assertThat(jdbc.sql("select children from activity where title = 'Rondleiding in de kelder 4S1'").query(Integer.class).single()).isEqualTo(14);
		findings.addAll(chromium.consoleErrors().stream().filter(e -> e.contains("Content Security Policy") || e.contains("Uncaught")).toList());
		assertThat(findings).isEmpty();
	}
}
