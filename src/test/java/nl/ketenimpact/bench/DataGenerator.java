package nl.ketenimpact.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Fills a PostgreSQL database, through the application's own schema (its Flyway migrations), with
 * realistic synthetic data at national scale: corporations, chain partners, projects, dwellings with
 * valid BAG ids and postcodes, households, plans, contributions, opportunities, placements with weekly
 * hour records, activities, self-work and signals in every state.
 *
 * Deterministic: every id and every choice is derived from the seed and the row's number (md5), so the
 * same parameters give the same database. Set-based INSERT … SELECT from generate_series: the default
 * size (80,000 dwellings, 1,000,000 hour records, 50,000 signals) takes about a minute.
 *
 * Users (password {@value #PASSWORD}): coordinator{c}@bench.test, projectleider{c}@bench.test,
 * wijk{c}@bench.test (social worker) and vakman{c}@bench.test per corporation c; lead{k}@bench.test and
 * vakman-p{k}@bench.test per partner k.
 */
public final class DataGenerator {

	public static final String PASSWORD = "bench";

	/** The TOTP secret (base32) of the generated users who need a second factor (the social workers). */
	public static final String TOTP_SECRET = "BENCHBENCHBENCH2";

	/** What to generate; the defaults are the national-scale case of the benchmark. */
	/**
	 * {@code sector}: corporations of realistic, unequal size (the five largest 51,000 to 80,000 dwellings, the others
	 * skewed towards 1,000 to 10,000), projects in proportion; otherwise all of equal size. {@code fromCorporation} to
	 * {@code toCorporation}: generate only these corporations (the first range also makes the chain partners), so a
	 * database can first hold one corporation and later the rest, with the same ids as when generated at once.
	 */
	public record Size(int corporations, int dwellings, int projects, int hours, int signals, int contributions, boolean sector,
			int fromCorporation, int toCorporation, String seed) {

		public Size(int corporations, int dwellings, int projects, int hours, int signals, String seed) {
			this(corporations, dwellings, projects, hours, signals, projects * 15, false, 1, corporations, seed);
		}

		/** The Dutch social-housing sector (DOMAIN_RULES §7): 279 corporations, 2.23 million dwellings, about 15,000 projects. */
		public static Size nationalSector() {
			return new Size(279, 2_230_000, 15_000, 30_000_000, 1_000_000, 500_000, true, 1, 279, "ketenimpact");
		}

		public Size only(int from, int to) {
			return new Size(corporations, dwellings, projects, hours, signals, contributions, sector, from, to, seed);
		}

		int contributionsPerPartner() {
			return Math.max(3, (int) Math.ceil(contributions / (projects * 5.0)));
		}

		public static Size defaults() {
			return new Size(1, 80_000, 300, 1_000_000, 50_000, "ketenimpact");
		}

		public static Size smoke() {
			return new Size(1, 2_000, 12, 5_000, 500, "ketenimpact");
		}

		int partners() {
			return Math.max(8, 20 * corporations);
		}

	}

	private final Connection connection;

	private final Size size;

	private final Map<String, Long> timings = new LinkedHashMap<>();

	public DataGenerator(Connection connection, Size size) {
		this.connection = connection;
		this.size = size;
	}

	/**
	 * Command line: --jdbc URL --user U --password P [--corporations 1 --dwellings 80000 --projects 300 --hours 1000000 --signals 50000 --seed S]
	 * or [--sector-corporations N].
	 */
	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		Size defaults = Size.defaults();
		Size size = new Size(Integer.parseInt(options.getOrDefault("corporations", "" + defaults.corporations())),
				Integer.parseInt(options.getOrDefault("dwellings", "" + defaults.dwellings())),
				Integer.parseInt(options.getOrDefault("projects", "" + defaults.projects())),
				Integer.parseInt(options.getOrDefault("hours", "" + defaults.hours())),
				Integer.parseInt(options.getOrDefault("signals", "" + defaults.signals())), options.getOrDefault("seed", defaults.seed()));
		if (options.containsKey("sector-corporations")) { // the sector's first N corporations (1: the largest alone), for profiling
			size = Size.nationalSector().only(1, Integer.parseInt(options.get("sector-corporations")));
		}
		String url = options.get("jdbc");
		if (url == null) {
			throw new IllegalArgumentException("--jdbc jdbc:postgresql://host:port/database is required");
		}
		String user = options.getOrDefault("user", "postgres");
		String password = options.getOrDefault("password", "");
		migrate(url, user, password);
		try (Connection connection = DriverManager.getConnection(url, user, password)) {
			DataGenerator generator = new DataGenerator(connection, size);
			long start = System.nanoTime();
			generator.generate();
			System.out.printf("generated %s in %.1f s: %s%n", size, (System.nanoTime() - start) / 1e9, generator.timings());
		}
	}

	/** The application's schema, exactly as the application creates it. */
	/** Encrypted as the application started with the demo profile does (its key from application-demo.properties). */
	static String demoEncrypted(String secret) {
		java.util.Properties demo = new java.util.Properties();
		try (var in = DataGenerator.class.getResourceAsStream("/application-demo.properties")) {
			demo.load(in);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return org.springframework.security.crypto.encrypt.Encryptors
			.delux(demo.getProperty("ketenimpact.encryption.password"), demo.getProperty("ketenimpact.encryption.salt")).encrypt(secret);
	}

	public static void migrate(String url, String user, String password) {
		Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
	}

	public Map<String, Long> timings() {
		return timings;
	}

	public boolean alreadyGenerated() throws SQLException {
		try (Statement st = connection.createStatement();
				var rs = st.executeQuery("select count(*) from organisation where name = 'Bench Corporatie " + size.fromCorporation() + "'")) {
			rs.next();
			return rs.getLong(1) > 0;
		}
	}

	public void generate() throws SQLException {
		if (alreadyGenerated()) {
			throw new IllegalStateException("This database already holds generated data (Bench Corporatie " + size.fromCorporation()
					+ "); generate into an empty one.");
		}
		connection.setAutoCommit(false);
		// As a superuser the rollups' triggers are off during the bulk load and the rollups are computed once at the end
		// (the same functions); otherwise every bulk statement recomputes them.
		boolean bulk = superuser();
		if (bulk) {
			execute("set session_replication_role = replica");
		}
		String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);
		run("functions", """
				create function pg_temp.r(k text) returns double precision immutable language sql
				  as $$ select ('x' || substr(md5(k), 1, 8))::bit(32)::bigint / 4294967296.0 $$;
				create function pg_temp.u(k text) returns uuid immutable language sql as $$ select md5(k)::uuid $$;
				create function pg_temp.pick(k text, n int) returns int immutable language sql as $$ select floor(pg_temp.r(k) * n)::int $$;
				""");
		run("organisations", """
				insert into organisation (id, name, type, city)
				select pg_temp.u(:seed || '/corp/' || c), 'Bench Corporatie ' || c, 'HOUSING_CORPORATION', 'Utrecht' from generate_series(:fromCorp, :toCorp) c;
				insert into organisation (id, name, type, city)
				select pg_temp.u(:seed || '/partner/' || k), 'Bench Partner ' || k,
				       (array['MAIN_CONTRACTOR','SUBCONTRACTOR','SUPPLIER','ADVISOR','EDUCATION','WELFARE','CARE','SOCIAL_ENTERPRISE'])[1 + (k - 1) % 8],
				       'Utrecht'
				from generate_series(1, :partners) k where :fromCorp = 1;
				""");
		run("users", """
				insert into app_user (id, username, name, password_hash, organisation_id)
				select pg_temp.u(:seed || '/user/' || r.role || '/' || c), r.prefix || c || '@bench.test', r.label || ' ' || c, :hash,
				       pg_temp.u(:seed || '/corp/' || c)
				from generate_series(:fromCorp, :toCorp) c,
				     (values ('COORDINATOR', 'coordinator', 'Coordinator'), ('PROJECT_LEAD', 'projectleider', 'Projectleider'),
				             ('SOCIAL_WORKER', 'wijk', 'Wijkconsulent'), ('FIELD_WORKER', 'vakman', 'Vakman')) as r(role, prefix, label);
				insert into user_role (user_id, role)
				select pg_temp.u(:seed || '/user/' || r.role || '/' || c), r.role
				from generate_series(:fromCorp, :toCorp) c, (values ('COORDINATOR'), ('PROJECT_LEAD'), ('SOCIAL_WORKER'), ('FIELD_WORKER')) as r(role);
				insert into second_factor (user_id, secret, confirmed_at)
				select pg_temp.u(:seed || '/user/SOCIAL_WORKER/' || c), :totp, now() from generate_series(:fromCorp, :toCorp) c;
				insert into app_user (id, username, name, password_hash, organisation_id)
				select pg_temp.u(:seed || '/puser/' || r.role || '/' || k), r.prefix || k || '@bench.test', r.label || ' ' || k, :hash,
				       pg_temp.u(:seed || '/partner/' || k)
				from generate_series(1, :partners) k, (values ('PARTNER_LEAD', 'lead', 'Partnerlead'), ('FIELD_WORKER', 'vakman-p', 'Vakman')) as r(role, prefix, label)
				where :fromCorp = 1;
				insert into user_role (user_id, role)
				select pg_temp.u(:seed || '/puser/' || r.role || '/' || k), r.role
				from generate_series(1, :partners) k, (values ('PARTNER_LEAD'), ('FIELD_WORKER')) as r(role) where :fromCorp = 1;
				""", "hash", hash, "totp", demoEncrypted(TOTP_SECRET));
		// Projects with 75 to 250 dwellings in proportion; when the average is higher than 250 (80,000 over 300) they scale up together.
		run("projects", """
				create temp table bench_corp as
				with w as (
				  select c, case when :sector then (array[80000, 72000, 64000, 58000, 51000])[c] end as fixed,
				         case when :sector then 1000 + power(pg_temp.r(:seed || '/csize/' || c), 2) * 14000 else 1 end as weight
				  from generate_series(1, :corporations) c),
				d as (
				  select c, coalesce(fixed, floor((:dwellings - (select coalesce(sum(fixed), 0) from w)) * weight
				                                  / sum(weight) filter (where fixed is null) over ()))::int as dwellings from w),
				e as (
				  -- the rounding remainder goes to one corporation (not the largest), so the total is exact
				  select c, (dwellings + case when c = least(:corporations, case when :sector then 6 else 1 end)
				                         then :dwellings - sum(dwellings) over () else 0 end)::int as dwellings from d)
				select c, dwellings, greatest(1, round(:projects::numeric * dwellings / :dwellings))::int as projects from e;
				alter table bench_corp add column first_project int;
				update bench_corp b set first_project = s.first from
				  (select c, coalesce(sum(projects) over (order by c rows between unbounded preceding and 1 preceding), 0)::int as first from bench_corp) s
				where s.c = b.c;
				create temp table bench_project as
				with p as (
				  select k.c, j, k.first_project + j - 1 as pn, k.dwellings as corp_dwellings, pg_temp.u(:seed || '/project/' || k.c || '/' || j) as id,
				         75 + pg_temp.r(:seed || '/size/' || k.c || '/' || j) * 175 as weight,
				         date '2024-01-01' + pg_temp.pick(:seed || '/start/' || k.c || '/' || j, 900) as start_date,
				         365 + pg_temp.pick(:seed || '/length/' || k.c || '/' || j, 365) as length
				  from bench_corp k, generate_series(1, k.projects) j)
				, s as (select p.*, greatest(1, floor(corp_dwellings * weight / sum(weight) over (partition by c)))::int as f from p)
				select c, j, pn, id, start_date, start_date + length as end_date,
				       -- the rounding remainder goes to the first project, so the total is exact
				       (f + case when j = 1 then corp_dwellings - sum(f) over (partition by c) else 0 end)::int as size,
				       (array['0344','0363','0599','0518','0772','0855','0153','0193','0200','0228'])[1 + (c * 7 + j) % 10] as gemeente
				from s;
				create temp table bench_projects_all as select count(*)::int as total from bench_project;
				delete from bench_project where c not between :fromCorp and :toCorp;
				alter table bench_project add column first_dwelling int;
				update bench_project b set first_dwelling = s.first from
				  (select id, coalesce(sum(size) over (partition by c order by j rows between unbounded preceding and 1 preceding), 0)::int as first
				   from bench_project) s where s.id = b.id;
				insert into project (id, corporation_id, name, municipality, neighbourhood, project_type, start_date, end_date, status)
				select id, pg_temp.u(:seed || '/corp/' || c), 'Benchproject ' || c || '-' || j,
				       (array['Utrecht','Amsterdam','Rotterdam','Den Haag','Eindhoven','Tilburg','Enschede','Zwolle','Arnhem','Ede'])[1 + (c * 7 + j) % 10],
				       'Wijk ' || (1 + j % 25), case when j % 5 = 0 then 'REO' else 'REB' end, start_date, end_date,
				       case when end_date < date '2026-11-30' then 'COMPLETED' when start_date < date '2026-11-30' then 'EXECUTION' else 'PREPARATION' end
				from bench_project;
				insert into project_partner (id, project_id, organisation_id, role, contract_value_eur)
				select pg_temp.u(:seed || '/pp/' || b.id || '/' || m), b.id, pg_temp.u(:seed || '/partner/' || k),
				       (array['MAIN_CONTRACTOR','SUBCONTRACTOR','SUPPLIER','ADVISOR','EDUCATION','WELFARE','CARE','SOCIAL_ENTERPRISE'])[1 + (k - 1) % 8],
				       round((200000 + pg_temp.r(:seed || '/contract/' || b.id || '/' || m) * 2800000)::numeric, 2)
				from bench_project b, generate_series(0, 4) m,
				     lateral (select 1 + ((b.c - 1) * 20 + (b.j * 5 + m)) % :partners as k) pk;
				insert into social_return_obligation (project_id, partner_organisation_id, percentage, pso_step)
				select pp.project_id, pp.organisation_id, 3 + pg_temp.pick(:seed || '/pct/' || pp.id, 8), null
				from project_partner pp join bench_project b on b.id = pp.project_id where pg_temp.r(:seed || '/obl/' || pp.id) < 0.2;
				""");
		run("dwellings", """
				insert into dwelling (id, project_id, corporation_id, code, bag_identificatie, straatnaam, huisnummer, huisletter, postcode, woonplaats,
				                      bouwjaar, energielabel_voor, energielabel_na, gepland_datum)
				select pg_temp.u(:seed || '/dwelling/' || b.c || '/' || (b.first_dwelling + n)), b.id, pg_temp.u(:seed || '/corp/' || b.c),
				       'BW-' || b.c || '-' || (b.first_dwelling + n),
				       b.gemeente || '01' || lpad((b.c::bigint * 10000000 + b.first_dwelling + n)::text, 10, '0'),
				       (array['Kanaalstraat','Vleutenseweg','Damstraat','Merelstraat','Lindelaan','Schoolstraat','Dorpsstraat','Molenweg'])[1 + (b.j + n / 40) % 8],
				       1 + n % 40 * 2, case when n % 13 = 0 then 'A' end,
				       (1000 + (b.c * 131 + b.j * 17) % 9000)::text
				         || substr('ABCEFGHJKLMNPRTVWXZ', 1 + (n / 40) % 19, 1) || substr('ABCEFGHJKLMNPRTVWXZ', 1 + b.j % 19, 1),
				       (array['Utrecht','Amsterdam','Rotterdam','Den Haag','Eindhoven','Tilburg','Enschede','Zwolle','Arnhem','Ede'])[1 + (b.c * 7 + b.j) % 10],
				       1950 + (b.j * 3) % 40, (array['E','F','G','D'])[1 + n % 4], (array['A','A+','B'])[1 + n % 3],
				       b.start_date + (n % 300)
				from bench_project b, generate_series(1, b.size) n;
				insert into resident (id, dwelling_id, name)
				select pg_temp.u(:seed || '/resident/' || d.id), d.id, 'Huishouden ' || d.code from dwelling d join bench_project b on b.id = d.project_id
				where pg_temp.r(:seed || '/occupied/' || d.id) < 0.6;
				""");
		run("plans", """
				insert into commitment (id, project_id, partner_organisation_id, theme, description, metric, target, due_date, status, created_by, created_at)
				select pg_temp.u(:seed || '/commitment/' || b.id || '/' || m), b.id,
				       case when m % 3 = 0 then null else pg_temp.u(:seed || '/partner/' || (1 + ((b.c - 1) * 20 + (b.j * 5 + m % 5)) % :partners)) end,
				       t.theme, t.description, t.metric, t.target, b.end_date,
				       case when pg_temp.r(:seed || '/cstatus/' || b.id || '/' || m) < 0.9 then 'ACCEPTED' else 'PROPOSED' end,
				       pg_temp.u(:seed || '/user/COORDINATOR/' || b.c), b.start_date
				from bench_project b, generate_series(0, 5) m,
				     lateral (select * from (values
				       (0, 'WORK_EXPERIENCE', 'Werkervaringsplaatsen voor buurtbewoners', 'PLACEMENTS', 4),
				       (1, 'INTERNSHIP', 'Stages met baangarantie', 'PLACEMENTS', 3),
				       (2, 'YOUTH_OUTREACH', 'Bouwplaatsexcursies voor basisscholen', 'ACTIVITIES', 2),
				       (3, 'LIVEABILITY', 'Buurtactiviteiten tijdens de renovatie', 'PARTICIPANTS', 150),
				       (4, 'TENANT_ACTIVATION', 'Zelfwerkzaamheid door huurders', 'DELIVERABLE', 1),
				       (5, 'SIGNALLING', 'Zorgsignalen binnen drie werkdagen opgepakt', 'DELIVERABLE', 1)) v(vm, theme, description, metric, target)
				       where v.vm = m) t;
				insert into partner_report (id, project_id, partner_organisation_id, period, narrative, status, submitted_by, submitted_at, reviewed_at)
				select pg_temp.u(:seed || '/report/' || pp.id || '/' || q), pp.project_id, pp.organisation_id,
				       extract(year from b.start_date)::int || '-Q' || q, 'Voortgang in kwartaal ' || q || ': plaatsingen en activiteiten volgens plan.',
				       'APPROVED', pg_temp.u(:seed || '/user/COORDINATOR/' || b.c), now(), now()
				from project_partner pp join bench_project b on b.id = pp.project_id, generate_series(1, 2) q;
				""");
		run("contributions", """
				insert into contribution (id, project_id, partner_organisation_id, kind, person_key, person_ref, birth_year, block, hours_per_week,
				                          start_date, end_date, supplier, amount_eur, in_register, hours, value_set_id, counted_months, value_eur, status,
				                          created_by, created_at)
				select pg_temp.u(:seed || '/contribution/' || pp.id || '/' || m), pp.project_id, pp.organisation_id, k.kind,
				       case when k.kind = 'PERSON' then 'bench-' || pp.id || '-' || m end, case when k.kind = 'PERSON' then 'K' || m end,
				       case when k.kind = 'PERSON' then 1970 + m end, case when k.kind = 'PERSON' then 'PARTICIPATIEWET' end,
				       case when k.kind = 'PERSON' then 36 end, b.start_date + m * 30, case when k.kind = 'PERSON' then b.start_date + m * 30 + 180 end,
				       case when k.kind = 'PURCHASE' then 'Sociale onderneming' end, case when k.kind = 'PURCHASE' then 10000 end,
				       case when k.kind = 'PURCHASE' then true end, case when k.kind = 'ACTIVITY_HOURS' then 40 end,
				       '5e7a0c7e-0000-4000-8000-000000000001', case when k.kind = 'PERSON' then 6 end,
				       round((1000 + pg_temp.r(:seed || '/value/' || pp.id || '/' || m) * 39000)::numeric, 2),
				       case when pg_temp.r(:seed || '/crstatus/' || pp.id || '/' || m) < 0.7 then 'APPROVED'
				            when pg_temp.r(:seed || '/crstatus/' || pp.id || '/' || m) < 0.9 then 'PENDING' else 'REJECTED' end,
				       pg_temp.u(:seed || '/puser/PARTNER_LEAD/' || (1 + ((b.c - 1) * 20 + (b.j * 5 + m % 5)) % :partners)), now()
				from project_partner pp join bench_project b on b.id = pp.project_id, generate_series(0, :contributionsPerPartner - 1) m,
				     lateral (select (array['PERSON','PURCHASE','ACTIVITY_HOURS'])[1 + m % 3] as kind) k;
				""");
		run("opportunities", """
				insert into opportunity (id, project_id, offered_by, type, title, description, places, start_date, end_date, job_guarantee,
				                         job_guarantee_condition, status, created_by)
				select pg_temp.u(:seed || '/opportunity/' || b.id || '/' || m), b.id,
				       pg_temp.u(:seed || '/partner/' || (1 + ((b.c - 1) * 20 + (b.j * 5 + m)) % :partners)), t.type, t.title, t.title, 500,
				       b.start_date, b.end_date, t.type = 'INTERNSHIP' and m = 1, case when t.type = 'INTERNSHIP' and m = 1 then 'Bij een diploma' end,
				       case when b.end_date < date '2026-11-30' then 'CLOSED' else 'OPEN' end, pg_temp.u(:seed || '/user/COORDINATOR/' || b.c)
				from bench_project b, generate_series(0, 4) m,
				     lateral (select * from (values (0, 'WORK_EXPERIENCE', 'Werkervaringsplaats bouw'), (1, 'INTERNSHIP', 'Stage met baangarantie'),
				       (2, 'INTERNSHIP', 'Stage installatietechniek'), (3, 'EXCURSION', 'Bouwplaatsexcursie'), (4, 'LIVEABILITY', 'Buurtproject')) v(vm, type, title)
				       where v.vm = m) t;
				""");
		// Placements of about half a year each, with one hour record per week: placements x 26 weeks = the hour records asked for.
		run("placements", """
				create temp table bench_placement as
				select i, pg_temp.u(:seed || '/placement/' || i) as id, b.id as project_id, b.c, b.start_date as project_start,
				       pg_temp.u(:seed || '/opportunity/' || b.id || '/' || (i % 3)) as opportunity_id,
				       b.start_date + pg_temp.pick(:seed || '/pstart/' || i, greatest(1, b.end_date - b.start_date - 182)) as start_date
				from generate_series(0, ceil(:hours / 26.0)::int - 1) i
				join bench_project b on b.pn = i % (select total from bench_projects_all);
				insert into application (id, opportunity_id, applicant_id, candidate_ref, motivation, availability, status, decided_at, created_at)
				select pg_temp.u(:seed || '/application/' || p.i), p.opportunity_id, pg_temp.u(:seed || '/user/COORDINATOR/' || p.c), 'K-' || p.i,
				       'Voorgesteld door de school', 'Ma-vr', 'ACCEPTED', now(), now()
				from bench_placement p;
				insert into placement (id, application_id, opportunity_id, project_id, corporation_id, offered_by, start_date, end_date, mentor, block,
				                       hours_per_week, outcome, outcome_reason, contract_type, outcome_at)
				select p.id, pg_temp.u(:seed || '/application/' || p.i), p.opportunity_id, p.project_id, pg_temp.u(:seed || '/corp/' || p.c), o.offered_by,
				       p.start_date, p.start_date + 181, 'Mentor ' || (p.i % 50), null, 16 + p.i % 21,
				       o2.outcome, case when o2.outcome = 'DROPPED_OUT' then 'Persoonlijke omstandigheden' end,
				       case when o2.outcome = 'HIRED' then 'PERMANENT' end, case when o2.outcome is not null then now() end
				from bench_placement p join opportunity o on o.id = p.opportunity_id,
				     lateral (select case when p.start_date + 181 >= date '2026-11-30' then null
				                          else (array['HIRED','COMPLETED','COMPLETED','DROPPED_OUT','CERTIFICATE','HIRED'])[1 + pg_temp.pick(:seed || '/outcome/' || p.i, 6)]
				                     end as outcome) o2;
				insert into placement_hours (placement_id, week_start, hours)
				select p.id, p.start_date + w * 7, 8 + (p.i + w) % 29
				from bench_placement p, generate_series(0, 25) w where p.i * 26 + w < :hours
				-- in key order: random order into the primary key (placement id first) is the likely reason 29 million rows took over 12 minutes
				order by p.id, w;
				""");
		run("activities", """
				insert into activity (id, project_id, organiser_id, type, title, held_on, partner_ids, children, adults, residents, staff_volunteer_hours,
				                      parental_consents, created_by)
				select pg_temp.u(:seed || '/activity/' || b.id || '/' || m), b.id,
				       case when m % 2 = 0 then pg_temp.u(:seed || '/corp/' || b.c) else pg_temp.u(:seed || '/partner/' || (1 + ((b.c - 1) * 20 + (b.j * 5 + m % 5)) % :partners)) end,
				       t.type, t.title, b.start_date + m * 35, '', t.children, 5 + (b.j + m) % 30, (b.j + m) % 20, (2 + (b.j * m) % 16)::numeric,
				       case when t.type = 'SITE_EXCURSION' then t.children else 0 end, pg_temp.u(:seed || '/user/COORDINATOR/' || b.c)
				from bench_project b, generate_series(0, 9) m,
				     lateral (select (array['SITE_EXCURSION','CLEAN_UP_DAY','NEIGHBOURHOOD_PARTY','SPORTS','OTHER'])[1 + m % 5] as type,
				                     'Activiteit ' || m as title, case when m % 5 = 0 then 10 + (b.j + m) % 20 else (b.j + m) % 6 end as children) t;
				insert into self_work_task (id, project_id, dwelling_id, title, performer_age, hourly_allowance, status, instruction_by, instruction_at,
				                            started_at, ready_at, inspection_by, inspection_at, inspection_passed, created_by)
				select pg_temp.u(:seed || '/task/' || d.id), d.project_id, d.id, 'Schilderen binnenkozijnen', 'ADULT', true, s.status,
				       case when s.status <> 'PLANNED' then 'Uitvoerder' end, case when s.status <> 'PLANNED' then d.gepland_datum end,
				       case when s.status not in ('PLANNED', 'INSTRUCTED') then d.gepland_datum + 1 end,
				       case when s.status in ('READY_FOR_INSPECTION', 'APPROVED', 'PAID') then d.gepland_datum + 5 end,
				       case when s.status in ('APPROVED', 'PAID') then 'Opzichter' end, case when s.status in ('APPROVED', 'PAID') then d.gepland_datum + 6 end,
				       case when s.status in ('APPROVED', 'PAID') then true end, pg_temp.u(:seed || '/user/COORDINATOR/' || b.c)
				from dwelling d join bench_project b on b.id = d.project_id,
				     lateral (select (array['PLANNED','INSTRUCTED','STARTED','READY_FOR_INSPECTION','APPROVED','PAID'])[1 + pg_temp.pick(:seed || '/tstatus/' || d.id, 6)] as status) s
				where pg_temp.r(:seed || '/selfwork/' || d.id) < 0.08;
				""");
		// Signals in every state, reported by the corporation's and the partners' field workers. As in real life most signals
		// older than two months are closed, and those closed more than the retention period (12 months) ago are purged.
		run("signals", """
				create temp table bench_signal as
				with s as (
				  select i, pg_temp.u(:seed || '/signal/' || i) as id, b.id as project_id, b.c, b.j, b.first_dwelling, b.size,
				         (b.start_date + pg_temp.pick(:seed || '/sday/' || i, greatest(1, least(b.end_date, date '2026-11-29') - b.start_date)))::timestamptz
				           + make_interval(hours => 8 + i % 9) as created_at,
				         pg_temp.r(:seed || '/sstate/' || i) as state
				  from generate_series(0, :signals - 1) i
				  join bench_project b on b.pn = i % (select total from bench_projects_all))
				select s.*,
				       case when s.created_at < timestamptz '2026-10-01'
				            then case when s.state < 0.03 then 'PICKED_UP' when s.state < 0.05 then 'REFERRED' else 'CLOSED' end
				            else case when s.state < 0.3 then 'RECEIVED' when s.state < 0.6 then 'PICKED_UP' when s.state < 0.75 then 'REFERRED' else 'CLOSED' end
				       end as status
				from s;
				insert into signal (id, project_id, corporation_id, dwelling_id, reporter_id, reporter_organisation_id, categories, urgency, observation,
				                    status, created_at, due_at, picked_up_at, picked_up_by, escalated_at, closed_at, outcome, purged_at)
				select s.id, s.project_id, pg_temp.u(:seed || '/corp/' || s.c), case when st.purged then null else
				         pg_temp.u(:seed || '/dwelling/' || s.c || '/' || (s.first_dwelling + 1 + s.i % s.size)) end,
				       case when s.i % 3 = 0 then pg_temp.u(:seed || '/user/FIELD_WORKER/' || s.c) else pg_temp.u(:seed || '/puser/FIELD_WORKER/' || st.k) end,
				       case when s.i % 3 = 0 then pg_temp.u(:seed || '/corp/' || s.c) else pg_temp.u(:seed || '/partner/' || st.k) end,
				       (array['FINANCIAL_WORRIES','LONELINESS','HEALTH,LONELINESS','CONFUSION','NEGLECT','FINANCIAL_WORRIES,UNSAFE','OTHER'])[1 + s.i % 7],
				       (array['NORMAL','NORMAL','NORMAL','URGENT'])[1 + s.i % 4], case when st.purged then null else 'Waarneming ' || s.i end,
				       s.status, s.created_at, s.created_at + interval '3 days',
				       case when s.status <> 'RECEIVED' then s.created_at + make_interval(hours => 4 + pg_temp.pick(:seed || '/pick/' || s.i, 120)) end,
				       case when s.status <> 'RECEIVED' then pg_temp.u(:seed || '/user/SOCIAL_WORKER/' || s.c) end,
				       case when s.status = 'RECEIVED' and s.created_at < timestamptz '2026-11-27' then s.created_at + interval '3 days' end,
				       case when s.status = 'CLOSED' then s.created_at + interval '20 days' end,
				       case when s.status = 'CLOSED' then (array['HELP_ACCEPTED','HELP_DECLINED','ALREADY_KNOWN','NO_ACTION_NEEDED'])[1 + s.i % 4] end,
				       case when st.purged then s.created_at + interval '400 days' end
				from bench_signal s,
				     lateral (select 1 + ((s.c - 1) * 20 + s.j * 5 + s.i % 5) % :partners as k,
				                     s.status = 'CLOSED' and s.created_at + interval '20 days' < timestamptz '2025-11-30' as purged) st;
				insert into referral (id, signal_id, organisation_id, lawful_basis, explicit_consent, consent_date, referred_by, referred_at, outcome, outcome_at)
				select pg_temp.u(:seed || '/referral/' || s.i), s.id, pg_temp.u(:seed || '/partner/' || (6 + 8 * (s.i % greatest(1, :partners / 8)))),
				       'CONSENT', true, (s.created_at + interval '5 days')::date, pg_temp.u(:seed || '/user/SOCIAL_WORKER/' || s.c),
				       s.created_at + interval '5 days', case when s.status = 'CLOSED' then 'HELP_STARTED' end,
				       case when s.status = 'CLOSED' then s.created_at + interval '15 days' end
				from bench_signal s where s.status = 'REFERRED' or (s.status = 'CLOSED' and pg_temp.r(:seed || '/referred/' || s.i) < 0.25);
				""");
		if (bulk) {
			run("rollups", """
					select participation_rollup_refresh(array(select id from bench_project));
					select signal_rollup_refresh(array(select id from bench_project));
					select social_return_rollup_refresh(array(select id from bench_project));
					insert into dwelling_count (project_id, dwellings) select project_id, count(*) from dwelling
					where project_id in (select id from bench_project) group by 1
					on conflict (project_id) do update set dwellings = excluded.dwellings;
					set session_replication_role = origin;
					""");
		}
		connection.commit();
		// Vacuumed as well as analysed, as a platform's tables are in steady state: otherwise autovacuum starts on the
		// 30 million hour records in the middle of the measurements (seen in the first sector run). Outside a transaction.
		connection.setAutoCommit(true);
		run("vacuum", "vacuum analyze");
	}

	private boolean superuser() throws SQLException {
		try (Statement st = connection.createStatement(); var rs = st.executeQuery("select rolsuper from pg_roles where rolname = current_user")) {
			return rs.next() && rs.getBoolean(1);
		}
	}

	private void run(String step, String sql, Object... extra) throws SQLException {
		long start = System.nanoTime();
		for (String statement : sql.split(";\\s*\\n")) {
			if (!statement.isBlank()) {
				execute(statement, extra);
			}
		}
		timings.put(step, (System.nanoTime() - start) / 1_000_000);
	}

	private void execute(String sql, Object... extra) throws SQLException {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("seed", size.seed());
		params.put("corporations", size.corporations());
		params.put("partners", size.partners());
		params.put("dwellings", size.dwellings());
		params.put("projects", size.projects());
		params.put("sector", size.sector());
		params.put("fromCorp", size.fromCorporation());
		params.put("toCorp", size.toCorporation());
		params.put("contributionsPerPartner", size.contributionsPerPartner());
		params.put("hours", size.hours());
		params.put("signals", size.signals());
		for (int i = 0; i + 1 < extra.length; i += 2) {
			params.put((String) extra[i], extra[i + 1]);
		}
		// Named parameters become ? in order of appearance (no Spring here: the generator is a plain JDBC program).
		StringBuilder jdbcSql = new StringBuilder();
		java.util.List<Object> values = new java.util.ArrayList<>();
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<!:):([a-zA-Z]+)").matcher(sql);
		while (m.find()) {
			if (!params.containsKey(m.group(1))) {
				continue;
			}
			m.appendReplacement(jdbcSql, "?");
			values.add(params.get(m.group(1)));
		}
		m.appendTail(jdbcSql);
		try (PreparedStatement statement = connection.prepareStatement(jdbcSql.toString())) {
			for (int i = 0; i < values.size(); i++) {
				statement.setObject(i + 1, values.get(i));
			}
			statement.execute();
		}
	}
}
