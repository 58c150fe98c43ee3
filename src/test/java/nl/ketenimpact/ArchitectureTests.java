package nl.ketenimpact;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static org.assertj.core.api.Assertions.assertThat;

/** Rules of STYLE.md the module check does not cover. */
class ArchitectureTests {

	private static final JavaClasses MAIN = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("nl.ketenimpact");

	/** Which module owns which table; a module's SQL may only name its own (DESIGN §3). */
	private static final Map<String, Set<String>> TABLES = Map.of(
			"shared", Set.of("audit_log", "job_run", "mail_outbox", "idempotency_key"),
			"organisation", Set.of("organisation", "app_user", "user_role", "api_token", "sign_in_attempt"),
			"project", Set.of("project", "project_partner", "dwelling", "resident", "resident_consent"),
			"plan", Set.of("commitment", "progress_entry", "evidence", "evidence_content", "partner_report"),
			"impact", Set.of("value_set", "value_set_amount", "social_return_obligation", "contribution"),
			"participation", Set.of("opportunity", "application", "placement", "placement_hours", "self_work_task", "allowance_limits",
					"compensation", "activity"),
			"importer", Set.of("import_job", "import_chunk"),
			"practice", Set.of("practice", "practice_result", "practice_template", "practice_copy"),
			"signal", Set.of("signal", "signal_contact", "referral", "signal_access", "signal_notification", "signal_settings"));

	@Test
	void constructorInjectionOnly() {
		noFields().should().beAnnotatedWith(Autowired.class).check(MAIN);
	}

	@Test
	void domainCodeDoesNotDependOnTheWebLayer() {
		noClasses().that().resideOutsideOfPackages("nl.ketenimpact..web..", "nl.ketenimpact.shared..")
			.should().dependOnClassesThat().resideInAnyPackage("nl.ketenimpact..web..")
			.check(MAIN);
	}

	@Test
	void noModuleReadsAnotherModulesTables() throws IOException {
		Pattern tableUse = Pattern.compile("(?i)\\b(?:from|join|into|update|exists \\(select 1 from)\\s+([a-z_]+)\\b");
		Set<String> allTables = TABLES.values().stream().flatMap(Set::stream).collect(java.util.stream.Collectors.toSet());
		List<String> violations = new ArrayList<>();
		for (Map.Entry<String, Set<String>> module : TABLES.entrySet()) {
			Path root = Path.of("src/main/java/nl/ketenimpact", module.getKey());
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
					Matcher matcher = tableUse.matcher(Files.readString(file));
					while (matcher.find()) {
						String table = matcher.group(1).toLowerCase();
						if (allTables.contains(table) && !module.getValue().contains(table)) {
							violations.add(file.getFileName() + " uses table " + table + " of another module");
						}
					}
				}
			}
		}
		assertThat(violations).isEmpty();
	}
}
