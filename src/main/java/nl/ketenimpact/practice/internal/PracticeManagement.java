package nl.ketenimpact.practice.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.OrganisationManagement;
import nl.ketenimpact.organisation.OrganisationView;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.plan.Theme;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.shared.NotFound;
import nl.ketenimpact.shared.Refused;
import nl.ketenimpact.shared.ReadReplica;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding and ranking practices: a corporation's own and those shared with the platform. Publishing is
 * {@link PracticePublishing}'s, copying {@link PracticeCopies}'.
 */
@Service
public class PracticeManagement {

	private final JdbcClient jdbc;

	private final ProjectManagement projects;

	private final OrganisationManagement organisations;

	PracticeManagement(JdbcClient jdbc, ProjectManagement projects, OrganisationManagement organisations) {
		this.jdbc = jdbc;
		this.projects = projects;
		this.organisations = organisations;
	}

	private static final String SELECT = """
			select id, corporation_id, project_id, municipality, title, themes, summary, steps, partners_involved, hours, budget_eur, contact, visibility,
			       published_at from practice pr""";

	private static final String VISIBLE = " (pr.visibility = 'PLATFORM' or pr.corporation_id = :org)";

	private record Row(UUID id, UUID corporationId, UUID projectId, String municipality, String title, Set<Theme> themes, String summary, String steps,
			String partnersInvolved, BigDecimal hours, BigDecimal budgetEur, String contact, Visibility visibility, OffsetDateTime publishedAt) {
	}

	private static Row map(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getObject("corporation_id", UUID.class), rs.getObject("project_id", UUID.class),
				rs.getString("municipality"), rs.getString("title"),
				Arrays.stream(rs.getString("themes").split(",")).map(Theme::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Theme.class))),
				rs.getString("summary"), rs.getString("steps"), rs.getString("partners_involved"), rs.getBigDecimal("hours"), rs.getBigDecimal("budget_eur"),
				rs.getString("contact"), Visibility.valueOf(rs.getString("visibility")), rs.getObject("published_at", OffsetDateTime.class));
	}

	private static void requireReader(CurrentUser user) {
		if (user.roles().isEmpty() || (user.has(Role.RESIDENT) && user.roles().size() == 1)) {
			throw new Refused("access.denied");
		}
	}

	/** Practices the user may see, filtered, ranked by score (unscored last). Bounded: the library holds hundreds, not millions. */
	@Transactional(readOnly = true, label = ReadReplica.LABEL)
	public List<PracticeView> search(CurrentUser user, Theme theme, String text, String municipality, ResultKind result) {
		requireReader(user);
		StringBuilder where = new StringBuilder(" where" + VISIBLE);
		Map<String, Object> params = new HashMap<>();
		params.put("org", user.organisationId());
		if (theme != null) {
			where.append(" and (',' || pr.themes || ',') like :theme");
			params.put("theme", "%," + theme.name() + ",%");
		}
		String prefix = prefixQuery(text);
		if (prefix != null) {
			where.append(" and (pr.search @@ websearch_to_tsquery('dutch', :q) or pr.search @@ to_tsquery('simple', :prefix))");
			params.put("q", text.strip());
			params.put("prefix", prefix);
		}
		if (municipality != null && !municipality.isBlank()) {
			where.append(" and lower(pr.municipality) = lower(:m)");
			params.put("m", municipality.strip());
		}
		if (result != null) {
			where.append(" and exists (select 1 from practice_result r where r.practice_id = pr.id and r.kind = :kind)");
			params.put("kind", result.name());
		}
		List<Row> rows = jdbc.sql(SELECT + where + " order by pr.published_at desc limit 500").params(params).query(PracticeManagement::map).list();
		return views(user, rows).stream().sorted(Ranking.byScore(PracticeView::score)).toList();
	}

	/** "stage jeugd" becomes "stage:* & jeugd:*": every word, as a prefix; letters and digits only, so nothing can break the query. */
	static String prefixQuery(String text) {
		if (text == null) {
			return null;
		}
		List<String> words = Arrays.stream(text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isBlank()).limit(10)
			.map(w -> w + ":*").toList();
		return words.isEmpty() ? null : String.join(" & ", words);
	}

	@Transactional(readOnly = true)
	public PracticeView get(CurrentUser user, UUID id) {
		requireReader(user);
		Row row = jdbc.sql(SELECT + " where pr.id = :id and" + VISIBLE).param("id", id).param("org", user.organisationId())
			.query(PracticeManagement::map).optional().orElseThrow(() -> new NotFound("practice"));
		return views(user, List.of(row)).get(0);
	}

	private List<PracticeView> views(CurrentUser user, List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<UUID> ids = rows.stream().map(Row::id).toList();
		Map<UUID, List<PracticeResult>> results = new HashMap<>();
		jdbc.sql("select practice_id, kind, value, per_value from practice_result where practice_id in (:ids) order by position")
			.param("ids", ids)
			.query((rs, n) -> results.computeIfAbsent(rs.getObject("practice_id", UUID.class), k -> new ArrayList<>())
				.add(new PracticeResult(ResultKind.valueOf(rs.getString("kind")), rs.getBigDecimal("value"), rs.getBigDecimal("per_value"))))
			.list();
		Map<UUID, List<PracticeView.Template>> templates = new HashMap<>();
		jdbc.sql("select practice_id, kind, title, description from practice_template where practice_id in (:ids) order by kind, title")
			.param("ids", ids)
			.query((rs, n) -> templates.computeIfAbsent(rs.getObject("practice_id", UUID.class), k -> new ArrayList<>())
				.add(new PracticeView.Template(rs.getString("kind"), rs.getString("title"), rs.getString("description"))))
			.list();
		Map<UUID, Long> copies = new HashMap<>();
		Map<UUID, List<UUID>> named = new HashMap<>();
		jdbc.sql("select practice_id, corporation_id, show_name from practice_copy where practice_id in (:ids) order by copied_at")
			.param("ids", ids)
			.query((rs, n) -> {
				UUID practice = rs.getObject("practice_id", UUID.class);
				copies.merge(practice, 1L, Long::sum);
				if (rs.getBoolean("show_name")) {
					named.computeIfAbsent(practice, k -> new ArrayList<>()).add(rs.getObject("corporation_id", UUID.class));
				}
				return null;
			})
			.list();
		Set<UUID> orgIds = rows.stream().map(Row::corporationId).collect(Collectors.toSet());
		named.values().forEach(orgIds::addAll);
		Map<UUID, OrganisationView> names = organisations.byIds(orgIds);
		return rows.stream().map(r -> {
			List<PracticeResult> own = results.getOrDefault(r.id(), List.of());
			// The source project is the publishing corporation's own record: others see the practice, not its project's id.
			UUID project = r.corporationId().equals(user.organisationId()) ? r.projectId() : null;
			return new PracticeView(r.id(), r.corporationId(), name(names, r.corporationId()), project, r.municipality(), r.title(), r.themes(),
					r.summary(), r.steps(), r.partnersInvolved(), r.hours(), r.budgetEur(), r.contact(), r.visibility(), r.publishedAt(), own,
					Ranking.score(own), copies.getOrDefault(r.id(), 0L),
					named.getOrDefault(r.id(), List.of()).stream().distinct().map(o -> name(names, o)).toList(), templates.getOrDefault(r.id(), List.of()));
		}).toList();
	}

	private static String name(Map<UUID, OrganisationView> names, UUID id) {
		return names.containsKey(id) ? names.get(id).name() : "?";
	}
}
