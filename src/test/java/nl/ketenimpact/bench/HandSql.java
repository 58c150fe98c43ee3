package nl.ketenimpact.bench;

/**
 * The yardstick of the dashboard scenario: one hand-written SQL statement that computes the same numbers
 * as a dashboard's data (projects with dwellings, per project and year, per project, per year and in
 * total the placements, hours, activities, self-work, signals and social return; obligations; the plan's
 * targets against actuals; the partner names; the narratives), joining every module's tables freely.
 * Parameters: the scope (a corporation id or a project id, bound twice) and the year (bound four times).
 */
final class HandSql {

	private HandSql() {
	}

	static String dashboard(boolean project) {
		String scope = project ? "p.id = ?" : "p.corporation_id = ?";
		return """
				with projects as (
				  select p.id, p.name, p.corporation_id,
				         (select count(*) from dwelling d where d.project_id = p.id) as dwellings,
				         ((p.start_date is null or p.start_date <= make_date(?, 12, 31)) and (p.end_date is null or p.end_date >= make_date(?, 1, 1))) as selected
				  from project p where %s),
				pl as (
				  select p.project_id as p, extract(year from p.start_date) as y, grouping(p.project_id, extract(year from p.start_date)) as g,
				         count(*) filter (where a.candidate_ref is null) as residents,
				         count(*) filter (where o.type = 'WORK_EXPERIENCE') as work_experience,
				         count(*) filter (where o.type = 'INTERNSHIP') as internships,
				         count(*) filter (where o.type = 'INTERNSHIP' and o.job_guarantee and p.outcome is not null and p.outcome <> 'DROPPED_OUT') as guarantee_ended,
				         count(*) filter (where o.type = 'INTERNSHIP' and o.job_guarantee and p.outcome = 'HIRED') as guarantee_hired,
				         count(*) filter (where p.outcome = 'HIRED') as jobs
				  from placement p join opportunity o on o.id = p.opportunity_id join application a on a.id = p.application_id
				  where p.project_id in (select id from projects)
				  group by grouping sets ((p.project_id, extract(year from p.start_date)), (p.project_id), (extract(year from p.start_date)), ())),
				hrs as (
				  select p.project_id as p, extract(year from h.week_start) as y, grouping(p.project_id, extract(year from h.week_start)) as g,
				         sum(h.hours) as hours
				  from placement_hours h join placement p on p.id = h.placement_id
				  where p.project_id in (select id from projects)
				  group by grouping sets ((p.project_id, extract(year from h.week_start)), (p.project_id), (extract(year from h.week_start)), ())),
				act as (
				  select project_id as p, extract(year from held_on) as y, grouping(project_id, extract(year from held_on)) as g, count(*) as activities,
				         sum(children) as children, sum(children + adults) as participants, sum(staff_volunteer_hours) as staff_hours
				  from activity where status = 'HELD' and project_id in (select id from projects)
				  group by grouping sets ((project_id, extract(year from held_on)), (project_id), (extract(year from held_on)), ())),
				sw as (
				  select project_id as p, extract(year from started_at) as y, grouping(project_id, extract(year from started_at)) as g,
				         count(distinct dwelling_id) as households
				  from self_work_task where started_at is not null and project_id in (select id from projects)
				  group by grouping sets ((project_id, extract(year from started_at)), (project_id), (extract(year from started_at)), ())),
				sig as (
				  select s.project_id as p, extract(year from s.created_at at time zone 'Europe/Amsterdam') as y,
				         grouping(s.project_id, extract(year from s.created_at at time zone 'Europe/Amsterdam')) as g,
				         count(*) as raised, count(*) filter (where s.picked_up_at <= s.due_at) as in_time,
				         count(*) filter (where exists (select 1 from referral r where r.signal_id = s.id)) as referred, count(s.closed_at) as closed
				  from signal s where s.project_id in (select id from projects)
				  group by grouping sets ((s.project_id, extract(year from s.created_at at time zone 'Europe/Amsterdam')), (s.project_id),
				                          (extract(year from s.created_at at time zone 'Europe/Amsterdam')), ())),
				sr as (
				  select project_id as p, extract(year from start_date) as y, grouping(project_id, extract(year from start_date)) as g,
				         sum(round(value_eur * realised_share(start_date, end_date, current_date), 2)) as value, count(distinct person_key) filter (where kind = 'PERSON') as people
				  from contribution where status = 'APPROVED' and project_id in (select id from projects)
				  group by grouping sets ((project_id, extract(year from start_date)), (project_id), (extract(year from start_date)), ())),
				sr_selected as (
				  select sum(round(value_eur * realised_share(start_date, end_date, current_date), 2)) as value, count(distinct person_key) filter (where kind = 'PERSON') as people
				  from contribution where status = 'APPROVED' and project_id in (select id from projects where selected)),
				obl as (
				  select pp.project_id as p, sum(round(pp.contract * coalesce(o.percentage, 5) / 100, 2)) as obligation
				  from (select project_id, organisation_id, sum(contract_value_eur) as contract from project_partner
				        where project_id in (select id from projects) group by 1, 2) pp
				  left join social_return_obligation o on o.project_id = pp.project_id and o.partner_organisation_id = pp.organisation_id
				  group by rollup (pp.project_id)),
				plan as (
				  select c.theme, c.metric, count(*) as commitments, count(*) filter (where c.actual >= c.target) as achieved,
				         sum(c.target) as target, sum(c.actual) as actual
				  from (select c.theme, c.metric, c.target,
				               coalesce((select sum(e.amount) from progress_entry e where e.commitment_id = c.id), 0)
				               + case c.metric
				                   when 'PLACEMENTS' then (select count(*) from placement x where x.project_id = c.project_id and x.offered_by = c.owner)
				                   when 'ACTIVITIES' then (select count(*) from activity x where x.status = 'HELD' and x.project_id = c.project_id and x.organiser_id = c.owner)
				                   when 'PARTICIPANTS' then (select coalesce(sum(x.children + x.adults), 0) from activity x
				                                             where x.status = 'HELD' and x.project_id = c.project_id and x.organiser_id = c.owner)
				                   when 'HOURS' then (select coalesce(sum(x.staff_volunteer_hours), 0) from activity x
				                                      where x.status = 'HELD' and x.project_id = c.project_id and x.organiser_id = c.owner)
				                                   + (select coalesce(sum(x.hours), 0) from contribution x where x.project_id = c.project_id
				                                      and x.partner_organisation_id = c.partner_organisation_id and x.status = 'APPROVED' and x.kind = 'ACTIVITY_HOURS')
				                   when 'SOCIAL_RETURN_EUR' then (select coalesce(sum(round(x.value_eur * realised_share(x.start_date, x.end_date, current_date), 2)), 0) from contribution x where x.project_id = c.project_id
				                                                  and x.partner_organisation_id = c.partner_organisation_id and x.status = 'APPROVED')
				                   else 0 end as actual
				        from (select c.*, coalesce(c.partner_organisation_id, pr.corporation_id) as owner
				              from commitment c join projects pr on pr.id = c.project_id
				              where pr.selected and c.status = 'ACCEPTED') c) c
				  group by c.theme, c.metric),
				narratives as (
				  select r.period, r.narrative, o.name as partner from partner_report r join organisation o on o.id = r.partner_organisation_id
				  where r.project_id in (select id from projects where selected) and r.status = 'APPROVED' and r.period like ? || '-%%'
				  order by r.period desc, r.submitted_at desc limit 20)
				select json_build_object(
				  'projects', (select json_agg(projects) from projects), 'placements', (select json_agg(pl) from pl), 'hours', (select json_agg(hrs) from hrs),
				  'activities', (select json_agg(act) from act), 'selfWork', (select json_agg(sw) from sw), 'signals', (select json_agg(sig) from sig),
				  'socialReturn', (select json_agg(sr) from sr), 'socialSelected', (select row_to_json(sr_selected) from sr_selected),
				  'obligations', (select json_agg(obl) from obl), 'plan', (select json_agg(plan) from plan),
				  'narratives', (select json_agg(narratives) from narratives),
				  'partners', (select json_agg(distinct o.name) from organisation o join project_partner pp on pp.organisation_id = o.id
				               where pp.project_id in (select id from projects)),
				  'totals', json_build_object(
				    'internships', (select internships from pl where g = 2 and y = ?),
				    'placementHours', (select hours from hrs where g = 2 and y = ?),
				    'signalsRaised', (select raised from sig where g = 2 and y = ?)))::text
				""".formatted(scope);
	}
}
