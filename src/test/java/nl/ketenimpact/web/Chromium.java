package nl.ketenimpact.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's chromium on a 375 px wide phone screen, with the checks every page visited must pass: no axe-core
 * violation, nothing wider than the screen, no console error (a CSP violation is one), every chart drawn.
 * <p>
 * Without chromium, chromedriver or axe-core the calling test is skipped with that reason (a JUnit assumption),
 * unless {@code -Dbrowser.tests=required} ({@code .ci/run}), where a missing browser fails.
 */
final class Chromium implements AutoCloseable {

	private static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.path", "/usr/bin/chromedriver"));

	private static final Path CHROMIUM = Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"));

	private static final Path AXE = Path.of(System.getProperty("axe.path", "node_modules/axe-core/axe.min.js"));

	final WebDriver driver;

	private final String base;

	private final String axe;

	private Chromium(WebDriver driver, String base, String axe) {
		this.driver = driver;
		this.base = base;
		this.axe = axe;
	}

	static Chromium start(int port) {
		boolean available = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM) && Files.isReadable(AXE);
		if (!available && "required".equals(System.getProperty("browser.tests"))) {
			throw new IllegalStateException("browser tests required but chromium, chromedriver or axe-core is missing");
		}
		assumeTrue(available, "browser test skipped: chromium (" + CHROMIUM + "), chromedriver (" + CHROMEDRIVER + ") or axe-core (" + AXE
				+ ") is not installed; bash .ci/run installs them");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--lang=nl-NL");
		options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
		WebDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		driver.manage().window().setSize(new Dimension(375, 812));
		try {
			return new Chromium(driver, "http://localhost:" + port, Files.readString(AXE));
		}
		catch (IOException e) {
			driver.quit();
			throw new UncheckedIOException(e);
		}
	}

	String url(String path) {
		return base + path;
	}

	void get(String path) {
		driver.get(path.startsWith("http") ? path : base + path);
	}

	JavascriptExecutor js() {
		return (JavascriptExecutor) driver;
	}

	void logIn(String username, String password) {
		driver.manage().deleteAllCookies();
		get("/login");
		// The e-mail address first (home realm discovery), then the password.
		driver.findElement(By.id("username")).sendKeys(username);
		navigate(By.cssSelector("form.form button[type=submit]"));
		driver.findElement(By.id("password")).sendKeys(password);
		navigate(By.cssSelector("form.form button[type=submit]"));
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/login"));
		// The admin, the social team and case workers give the code of their authenticator app (the demo secret). A code
		// works once: when this user signed in a moment ago, the next time step's code is taken (the server accepts one ahead).
		for (long step = nl.ketenimpact.TestTotp.step(); driver.getCurrentUrl().contains("/tweede-stap"); step++) {
			while (step > nl.ketenimpact.TestTotp.step() + 1) {
				sleep(1000);
			}
			driver.findElement(By.id("code")).sendKeys(nl.ketenimpact.TestTotp.code(nl.ketenimpact.TestTotp.DEMO_SECRET, step));
			navigate(By.cssSelector("form.form button[type=submit]"));
		}
		// Wait for the start page, so the next step does not race the login redirect.
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(d -> !d.getCurrentUrl().contains("/login") && !d.findElements(By.cssSelector("form[action$='/logout']")).isEmpty());
		consoleErrors(); // what the login page logged was checked there
	}

	/** Clicks something that loads a new page and waits until the old page is gone, so no step reads a stale page. */
	void navigate(By target) {
		WebElement page = driver.findElement(By.tagName("html"));
		driver.findElement(target).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
			try {
				page.isEnabled();
				return false;
			}
			catch (WebDriverException gone) {
				// Stale, or (in some chromedriver versions) "node does not belong to the document": the old page is gone.
				return true;
			}
		});
	}

	/** Console errors since the last call (CSP violations, failed loads such as a missing favicon, script errors). */
	List<String> consoleErrors() {
		List<String> errors = new ArrayList<>();
		for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
			if (entry.getLevel().intValue() >= Level.SEVERE.intValue()
					|| entry.getMessage().contains("Content Security Policy") || entry.getMessage().contains("Content-Security-Policy")) {
				errors.add(entry.getMessage());
			}
		}
		return errors;
	}

	/**
	 * Every check of the current page, as a list of findings (empty when the page is clean). Charts are given time
	 * to draw and the width is measured after they have (they redraw when the page settles).
	 */
	List<String> check(String page) {
		List<String> findings = new ArrayList<>();
		Object charts = js().executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const all = [...document.querySelectorAll('[data-chart]')];
				const started = Date.now();
				(function wait() {
				  // Drawn: a canvas of the chart's size with a good share of painted pixels (axes, labels, bars or lines).
				  const painted = canvas => {
				    const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
				    let count = 0;
				    for (let i = 3; i < pixels.length; i += 16) { if (pixels[i] > 0) count++; }
				    return count > pixels.length / 16 * 0.01;
				  };
				  const drawn = all.filter(c => c.getAttribute('data-chart-drawn') && c.getBoundingClientRect().height > 50
				      && c.querySelector('canvas') && painted(c.querySelector('canvas')));
				  if (drawn.length === all.length || Date.now() - started > 5000) {
				    done(all.filter(c => !drawn.includes(c)).map(c => c.getAttribute('aria-label') || c.className));
				  } else { setTimeout(wait, 100); }
				})();""");
		for (Object chart : (List<?>) charts) {
			findings.add(page + ": chart not drawn: " + chart);
		}
		js().executeScript(axe);
		Object result = js().executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { resultTypes: ['violations'] })
				  .then(r => done(r.violations.map(v => v.id + ' ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
				  .catch(e => done(['axe failed: ' + e]));""");
		for (Object violation : (List<?>) result) {
			findings.add(page + ": " + violation);
		}
		Number overflow = (Number) js().executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
		if (overflow.intValue() > 0) {
			Object wide = js().executeScript("""
					return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
					  .slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join('; ');""");
			findings.add(page + ": wider than the phone screen by " + overflow + " px: " + wide);
		}
		Object spilling = js().executeScript("""
				return [...document.querySelectorAll('.card, .kpis > div, dl.facts > div')].flatMap(card => {
				  const box = card.getBoundingClientRect();
				  return [...card.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > box.right + 1)
				    .map(e => e.tagName + ' "' + e.textContent.trim().slice(0, 40) + '"');
				}).slice(0, 5);""");
		for (Object label : (List<?>) spilling) {
			findings.add(page + ": runs out of its card: " + label);
		}
		String document = driver.getCurrentUrl().split("#")[0];
		for (String error : consoleErrors()) {
			// A page that answers 400 (a form shown again with its errors) or 404 is logged as a failed load of the
			// document itself: that status is the page's own, checked by the tests, not an error on the page.
			if (!error.startsWith(document + " - Failed to load resource")) {
				findings.add(page + ": console: " + error);
			}
		}
		return findings;
	}

	@Override
	public void close() {
		driver.quit();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
