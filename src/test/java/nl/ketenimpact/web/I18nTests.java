package nl.ketenimpact.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every user-visible string comes from messages*.properties, in Dutch and English, with no key missing. */
class I18nTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path JAVA = Path.of("src/main/java");

	/** A string literal shaped like a message key ("word.word…"); it is one when its first word starts a known key. */
	private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-zA-Z]*\\.[a-zA-Z0-9.]*[a-zA-Z0-9])\"");

	/** The same inside a template expression ('word.word…'), not when it is the start of a built key ('word.' + …). */
	private static final Pattern TEMPLATE_KEY_LITERAL = Pattern.compile("'([a-z][a-zA-Z]*\\.[a-zA-Z0-9.]*[a-zA-Z0-9])'(?!\\s*\\+)");

	@Test
	void dutchAndEnglishHaveTheSameKeys() throws IOException {
		assertThat(load("messages_en.properties").stringPropertyNames()).isEqualTo(load("messages.properties").stringPropertyNames());
	}

	@Test
	void templatesHaveNoHardCodedText() throws IOException {
		List<String> offenders = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template);
			String stripped = html.replaceAll("(?s)<!--.*?-->", "")
				.replaceAll("(?s)<script.*?</script>", "")
				.replaceAll("(?s)<style.*?</style>", "")
				.replaceAll("(?s)<!DOCTYPE[^>]*>", "")
				.replaceAll("(?s)<[^>]+>", "\n");
			for (String line : stripped.split("\n")) {
				if (line.strip().matches(".*\\p{L}.*")) {
					offenders.add(TEMPLATES.relativize(template) + ": text '" + line.strip() + "'");
				}
			}
			Matcher attributes = Pattern.compile("\\s(title|placeholder|aria-label|alt|value)=\"([^\"]*\\p{L}[^\"]*)\"").matcher(html);
			while (attributes.find()) {
				if (!"value".equals(attributes.group(1))) {
					offenders.add(TEMPLATES.relativize(template) + ": attribute " + attributes.group(0).strip());
				}
			}
		}
		assertThat(offenders).isEmpty();
	}

	@Test
	void everyKeyUsedInTemplatesExists() throws IOException {
		Set<String> keys = load("messages.properties").stringPropertyNames();
		Set<String> missing = new TreeSet<>();
		Pattern used = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9.]*[a-zA-Z0-9])[}(]");
		for (Path template : templates()) {
			String html = Files.readString(template);
			Matcher matcher = used.matcher(html);
			while (matcher.find()) {
				if (!keys.contains(matcher.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
				}
			}
			Matcher literal = TEMPLATE_KEY_LITERAL.matcher(html);
			while (literal.find()) {
				if (prefixes(keys).contains(literal.group(1).split("\\.")[0]) && !keys.contains(literal.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + literal.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyKeyUsedInJavaExists() throws IOException {
		Set<String> keys = load("messages.properties").stringPropertyNames();
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> files = Files.walk(JAVA)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file);
				Matcher literal = KEY_LITERAL.matcher(source);
				while (literal.find()) {
					if (prefixes(keys).contains(literal.group(1).split("\\.")[0]) && !keys.contains(literal.group(1))) {
						missing.add(file.getFileName() + ": " + literal.group(1));
					}
				}
				Matcher annotation = Pattern.compile("\"\\{([a-zA-Z.]+)}\"").matcher(source);
				while (annotation.find()) {
					if (!keys.contains(annotation.group(1))) {
						missing.add(file.getFileName() + ": " + annotation.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void keysBuiltFromEnumsAndFieldsExist() throws IOException {
		Properties messages = load("messages.properties");
		List<String> needed = new ArrayList<>();
		for (Enum<?> e : nl.ketenimpact.organisation.Role.values()) needed.add("role." + e.name());
		for (Enum<?> e : nl.ketenimpact.organisation.OrganisationType.values()) needed.add("organisationType." + e.name());
		for (Enum<?> e : nl.ketenimpact.project.ProjectStatus.values()) needed.add("projectStatus." + e.name());
		for (Enum<?> e : nl.ketenimpact.project.ProjectType.values()) needed.add("projectType." + e.name());
		for (Enum<?> e : nl.ketenimpact.project.PartnerRole.values()) needed.add("partnerRole." + e.name());
		for (String field : List.of("straatnaam", "woonplaats")) {
			needed.add("dwelling." + field + ".required");
			needed.add("dwelling." + field + ".tooLong");
		}
		for (String field : List.of("code", "bagIdentificatie")) {
			needed.add("dwelling." + field + ".taken");
		}
		for (String language : List.of("nl", "en", "tr", "ar", "pl", "de", "fr", "es", "pap")) needed.add("language." + language);
		assertThat(needed).allSatisfy(key -> assertThat(messages).containsKey(key));
	}

	@Test
	void noUserFacingTextSaysSignalering() throws IOException {
		// In some regions "signalering" means a tenant blacklist; the feature is called zorgsignaal.
		String dutch = Files.readString(Path.of("src/main/resources/messages.properties"), StandardCharsets.UTF_8).toLowerCase();
		assertThat(dutch).doesNotContain("signalering");
	}

	/**
	 * Keys built from an enum constant ("contributionKind." + kind): where one constant of an enum of ours has a key
	 * under the enum's name, every constant must have one, in both languages.
	 */
	@Test
	void everyConstantOfAnEnumWithKeysHasItsKey() throws Exception {
		Properties dutch = load("messages.properties");
		Set<String> keys = dutch.stringPropertyNames();
		List<String> missing = new ArrayList<>();
		Path classes = Path.of("target/classes");
		try (Stream<Path> files = Files.walk(classes)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
				String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
				Class<?> type = Class.forName(name, false, getClass().getClassLoader());
				if (!type.isEnum() || type.getEnclosingClass() != null && !type.getSimpleName().matches("[A-Z].*")) {
					continue;
				}
				String prefix = Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().substring(1) + ".";
				List<String> constants = java.util.Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
				if (constants.stream().anyMatch(c -> keys.contains(prefix + c))) {
					constants.stream().filter(c -> !keys.contains(prefix + c)).forEach(c -> missing.add(prefix + c));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	private static Set<String> prefixes(Set<String> keys) {
		return keys.stream().map(k -> k.split("\\.")[0]).collect(java.util.stream.Collectors.toSet());
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(f -> f.toString().endsWith(".html")).toList();
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = I18nTests.class.getResourceAsStream("/" + name); Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
