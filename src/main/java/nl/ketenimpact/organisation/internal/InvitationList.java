package nl.ketenimpact.organisation.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.shared.Text;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV of people to invite: columns e-mail, name and roles (several separated by |), with a header row;
 * separated by ; or , (whichever the header uses). Roles are written as the system names (PROJECT_LEAD) or in Dutch
 * or English as the pages show them. At most {@link #MAX_ROWS} rows.
 */
public final class InvitationList {

	public static final int MAX_ROWS = 500;

	/** One row as read: the roles that were understood, and the words that were not. */
	public record Row(int line, String email, String name, Set<Role> roles, List<String> unknownRoles, String problem) implements Serializable {
	}

	private static final Map<String, Role> ROLE_WORDS = Map.ofEntries(
			Map.entry("coordinator", Role.COORDINATOR), Map.entry("mvo-coördinator", Role.COORDINATOR), Map.entry("mvo-coordinator", Role.COORDINATOR),
			Map.entry("projectleider", Role.PROJECT_LEAD), Map.entry("project lead", Role.PROJECT_LEAD),
			Map.entry("sociaal team", Role.SOCIAL_WORKER), Map.entry("maatschappelijk werker", Role.SOCIAL_WORKER),
			Map.entry("partnerleider", Role.PARTNER_LEAD), Map.entry("vakman", Role.FIELD_WORKER), Map.entry("uitvoerder", Role.FIELD_WORKER),
			Map.entry("hulpverlener", Role.CASE_WORKER), Map.entry("casemanager", Role.CASE_WORKER));

	private InvitationList() {
	}

	public static List<Row> read(byte[] content) {
		String text = new String(content, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		String firstLine = text.lines().findFirst().orElse("");
		char delimiter = firstLine.chars().filter(c -> c == ';').count() >= firstLine.chars().filter(c -> c == ',').count() ? ';' : ',';
		List<Row> rows = new ArrayList<>();
		try (Reader reader = new StringReader(text);
				CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
					.setIgnoreEmptyLines(true).setTrim(true).setIgnoreHeaderCase(true).get().parse(reader)) {
			List<String> header = parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
			int email = column(header, "e-mail", "email", "e-mailadres");
			int name = column(header, "naam", "name");
			int roles = column(header, "rollen", "roles", "rol", "role");
			if (email < 0 || roles < 0) {
				throw new IllegalArgumentException("invitation.csv.header");
			}
			for (CSVRecord record : parser) {
				if (rows.size() >= MAX_ROWS) {
					throw new IllegalArgumentException("invitation.csv.tooMany");
				}
				rows.add(row((int) parser.getCurrentLineNumber(), value(record, email), name < 0 ? null : value(record, name), value(record, roles)));
			}
		}
		catch (IOException | java.io.UncheckedIOException ex) {
			throw new IllegalArgumentException("invitation.csv.unreadable");
		}
		if (rows.isEmpty()) {
			throw new IllegalArgumentException("invitation.csv.empty");
		}
		return rows;
	}

	private static Row row(int line, String email, String name, String roleText) {
		if (!Text.acceptable(email) || !Text.acceptable(name) || !Text.acceptable(roleText)) {
			return new Row(line, Text.clean(email), Text.clean(name), Set.of(), List.of(), "validation.controlCharacter");
		}
		EnumSet<Role> roles = EnumSet.noneOf(Role.class);
		List<String> unknown = new ArrayList<>();
		for (String word : roleText == null ? new String[0] : roleText.split("[|+]")) {
			String part = word.strip();
			if (part.isEmpty()) {
				continue;
			}
			Role role = role(part);
			if (role == null) {
				unknown.add(part);
			}
			else {
				roles.add(role);
			}
		}
		return new Row(line, email, name == null || name.isBlank() ? null : name, roles, unknown, unknown.isEmpty() ? null : "invitation.csv.unknownRole");
	}

	private static Role role(String word) {
		String key = word.toLowerCase(Locale.ROOT);
		for (Role role : Role.values()) {
			if (role.name().equalsIgnoreCase(key.replace(' ', '_').replace('-', '_'))) {
				return role;
			}
		}
		return ROLE_WORDS.get(key);
	}

	private static int column(List<String> header, String... names) {
		for (String name : names) {
			int index = header.indexOf(name);
			if (index >= 0) {
				return index;
			}
		}
		return -1;
	}

	private static String value(CSVRecord record, int column) {
		return column < record.size() ? record.get(column) : null;
	}
}
