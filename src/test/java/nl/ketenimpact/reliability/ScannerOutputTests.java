package nl.ketenimpact.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The suite reads sqlmap's findings from its output: a miss here would report a clean scan of an injectable API. */
class ScannerOutputTests {

	@Test
	void aCleanRunHasNoFindings() {
		String output = """
				[12:21:28] [WARNING] PUT parameter 'JSON retentionMonths' does not seem to be injectable
				[12:21:28] [CRITICAL] all tested parameters do not appear to be injectable. Try to increase values for '--level'/'--risk'
				[12:21:28] [WARNING] HTTP error codes detected during run:
				400 (Bad Request) - 423 times
				""";
		assertThat(Scanners.sqlmapFindings(output)).isEmpty();
	}

	@Test
	void anInjectionPointAnAnswer500AndAnAbortAreFindings() {
		String output = """
				[10:01:02] [INFO] POST parameter 'JSON name' is vulnerable. Do you want to keep testing the others (if any)? [y/N] N
				sqlmap identified the following injection point(s) with a total of 48 HTTP(s) requests:
				[10:01:09] [WARNING] HTTP error codes detected during run:
				400 (Bad Request) - 12 times, 500 (Internal Server Error) - 3 times
				[10:01:10] [CRITICAL] page not found (404)
				""";
		assertThat(Scanners.sqlmapFindings(output)).hasSize(4)
			.anySatisfy(f -> assertThat(f).startsWith("injection:").contains("JSON name"))
			.anySatisfy(f -> assertThat(f).contains("500 (Internal Server Error) - 3 times"))
			.anySatisfy(f -> assertThat(f).contains("page not found"));
	}
}
