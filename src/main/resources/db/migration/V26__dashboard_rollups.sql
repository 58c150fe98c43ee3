-- Rollups of the dashboard figures (issue 21): per project, owning organisation and calendar year, the sums and counts
-- the dashboards and exports read instead of the raw records. Each module keeps its own, in the same transaction as the
-- record: a statement-level trigger collects the projects a statement touched and recomputes their rows from the raw
-- records. That is exact after inserts, updates and deletes alike, and a bulk statement recomputes each project once.
-- Concurrent writers of one project take turns on an advisory lock until they commit, and each recomputes after the
-- other's commit (READ COMMITTED: every statement of the function sees what was committed before it), so none is lost.
-- The year is the one the figures were always grouped by; a week key would keep about 40 times as many rows.
-- Status and type names are the enums' (PlacementOutcome, ActivityStatus, OpportunityType).

-- participation: placements (by start year), hour records (by week), activities held (by day)
create table participation_rollup (
    project_id       uuid    not null,
    organisation_id  uuid,
    year             int,
    placements       bigint  not null,
    residents        bigint  not null,
    work_experience  bigint  not null,
    internships      bigint  not null,
    guarantee_ended  bigint  not null,
    guarantee_hired  bigint  not null,
    jobs             bigint  not null,
    hours            numeric,
    activities       bigint  not null,
    children         bigint,
    participants     bigint,
    staff_hours      numeric
);
create index participation_rollup_project on participation_rollup (project_id);

create function participation_rollup_refresh(projects uuid[]) returns void language plpgsql as $$
declare
    p uuid;
begin
    -- A bulk statement (many projects) takes the whole rollup at once; locks per project would fill the lock table.
    if cardinality(projects) > 64 then
        perform pg_advisory_xact_lock(2101, 0);
    else
        perform pg_advisory_xact_lock_shared(2101, 0);
        for p in select distinct u from unnest(projects) u where u is not null order by 1 loop
            perform pg_advisory_xact_lock(2101, hashtext(p::text));
        end loop;
    end if;
    delete from participation_rollup where project_id = any (projects);
    insert into participation_rollup (project_id, organisation_id, year, placements, residents, work_experience, internships, guarantee_ended,
                                      guarantee_hired, jobs, hours, activities, children, participants, staff_hours)
    select project_id, organisation_id, year, sum(placements), sum(residents), sum(work_experience), sum(internships), sum(guarantee_ended),
           sum(guarantee_hired), sum(jobs), sum(hours), sum(activities), sum(children), sum(participants), sum(staff_hours)
    from (
        select p.project_id, p.offered_by as organisation_id, extract(year from p.start_date)::int as year, count(*) as placements,
               count(*) filter (where a.candidate_ref is null) as residents,
               count(*) filter (where o.type = 'WORK_EXPERIENCE') as work_experience,
               count(*) filter (where o.type = 'INTERNSHIP') as internships,
               count(*) filter (where o.type = 'INTERNSHIP' and o.job_guarantee and p.outcome is not null and p.outcome <> 'DROPPED_OUT') as guarantee_ended,
               count(*) filter (where o.type = 'INTERNSHIP' and o.job_guarantee and p.outcome = 'HIRED') as guarantee_hired,
               count(*) filter (where p.outcome = 'HIRED') as jobs,
               null::numeric as hours, 0 as activities, null::bigint as children, null::bigint as participants, null::numeric as staff_hours
        from placement p join opportunity o on o.id = p.opportunity_id join application a on a.id = p.application_id
        where p.project_id = any (projects)
        group by 1, 2, 3
        union all
        select p.project_id, p.offered_by, extract(year from h.week_start)::int, 0, 0, 0, 0, 0, 0, 0, sum(h.hours), 0, null, null, null
        from placement_hours h join placement p on p.id = h.placement_id
        where p.project_id = any (projects)
        group by 1, 2, 3
        union all
        select project_id, organiser_id, extract(year from held_on)::int, 0, 0, 0, 0, 0, 0, 0, null, count(*), sum(children),
               sum(children + adults), sum(staff_volunteer_hours)
        from activity
        where status = 'HELD' and project_id = any (projects)
        group by 1, 2, 3
    ) figures
    group by 1, 2, 3;
end
$$;

create function participation_rollup_rows() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform participation_rollup_refresh(array(select distinct project_id from new_rows));
    elsif tg_op = 'DELETE' then
        perform participation_rollup_refresh(array(select distinct project_id from old_rows));
    else
        perform participation_rollup_refresh(array(select project_id from new_rows union select project_id from old_rows));
    end if;
    return null;
end
$$;

-- Hour records name their placement; a placement deleted in the same statement is refreshed by placement's own trigger.
create function participation_rollup_hours() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform participation_rollup_refresh(array(select distinct p.project_id from new_rows h join placement p on p.id = h.placement_id));
    elsif tg_op = 'DELETE' then
        perform participation_rollup_refresh(array(select distinct p.project_id from old_rows h join placement p on p.id = h.placement_id));
    else
        perform participation_rollup_refresh(array(select p.project_id from new_rows h join placement p on p.id = h.placement_id
                                                   union select p.project_id from old_rows h join placement p on p.id = h.placement_id));
    end if;
    return null;
end
$$;

-- An opportunity's type or guarantee, or an application's candidate reference, changes how its placements count.
create function participation_rollup_opportunity() returns trigger language plpgsql as $$
begin
    perform participation_rollup_refresh(array(select distinct project_id from placement where opportunity_id = new.id));
    return null;
end
$$;

create function participation_rollup_application() returns trigger language plpgsql as $$
begin
    perform participation_rollup_refresh(array(select distinct project_id from placement where application_id = new.id));
    return null;
end
$$;

create trigger placement_rollup_insert after insert on placement referencing new table as new_rows
    for each statement execute function participation_rollup_rows();
create trigger placement_rollup_update after update on placement referencing old table as old_rows new table as new_rows
    for each statement execute function participation_rollup_rows();
create trigger placement_rollup_delete after delete on placement referencing old table as old_rows
    for each statement execute function participation_rollup_rows();
create trigger activity_rollup_insert after insert on activity referencing new table as new_rows
    for each statement execute function participation_rollup_rows();
create trigger activity_rollup_update after update on activity referencing old table as old_rows new table as new_rows
    for each statement execute function participation_rollup_rows();
create trigger activity_rollup_delete after delete on activity referencing old table as old_rows
    for each statement execute function participation_rollup_rows();
create trigger placement_hours_rollup_insert after insert on placement_hours referencing new table as new_rows
    for each statement execute function participation_rollup_hours();
create trigger placement_hours_rollup_update after update on placement_hours referencing old table as old_rows new table as new_rows
    for each statement execute function participation_rollup_hours();
create trigger placement_hours_rollup_delete after delete on placement_hours referencing old table as old_rows
    for each statement execute function participation_rollup_hours();
create trigger opportunity_rollup_update after update of type, job_guarantee on opportunity
    for each row when (old.type is distinct from new.type or old.job_guarantee is distinct from new.job_guarantee)
    execute function participation_rollup_opportunity();
create trigger application_rollup_update after update of candidate_ref on application
    for each row when (old.candidate_ref is distinct from new.candidate_ref)
    execute function participation_rollup_application();

-- signal: signals by the Dutch calendar year of their creation, with referrals
create table signal_rollup (
    project_id       uuid   not null,
    organisation_id  uuid,
    year             int,
    raised           bigint not null,
    in_time          bigint not null,
    referred         bigint not null,
    closed           bigint not null
);
create index signal_rollup_project on signal_rollup (project_id);

create function signal_rollup_refresh(projects uuid[]) returns void language plpgsql as $$
declare
    p uuid;
begin
    -- A bulk statement (many projects) takes the whole rollup at once; locks per project would fill the lock table.
    if cardinality(projects) > 64 then
        perform pg_advisory_xact_lock(2102, 0);
    else
        perform pg_advisory_xact_lock_shared(2102, 0);
        for p in select distinct u from unnest(projects) u where u is not null order by 1 loop
            perform pg_advisory_xact_lock(2102, hashtext(p::text));
        end loop;
    end if;
    delete from signal_rollup where project_id = any (projects);
    insert into signal_rollup (project_id, organisation_id, year, raised, in_time, referred, closed)
    select s.project_id, s.reporter_organisation_id, extract(year from (s.created_at at time zone 'Europe/Amsterdam'))::int, count(*),
           count(*) filter (where s.picked_up_at <= s.due_at),
           count(*) filter (where exists (select 1 from referral r where r.signal_id = s.id)), count(s.closed_at)
    from signal s
    where s.project_id = any (projects)
    group by 1, 2, 3;
end
$$;

create function signal_rollup_rows() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform signal_rollup_refresh(array(select distinct project_id from new_rows));
    elsif tg_op = 'DELETE' then
        perform signal_rollup_refresh(array(select distinct project_id from old_rows));
    else
        perform signal_rollup_refresh(array(select project_id from new_rows union select project_id from old_rows));
    end if;
    return null;
end
$$;

create function signal_rollup_referrals() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform signal_rollup_refresh(array(select distinct s.project_id from new_rows r join signal s on s.id = r.signal_id));
    elsif tg_op = 'DELETE' then
        perform signal_rollup_refresh(array(select distinct s.project_id from old_rows r join signal s on s.id = r.signal_id));
    else
        perform signal_rollup_refresh(array(select s.project_id from new_rows r join signal s on s.id = r.signal_id
                                            union select s.project_id from old_rows r join signal s on s.id = r.signal_id));
    end if;
    return null;
end
$$;

create trigger signal_rollup_insert after insert on signal referencing new table as new_rows
    for each statement execute function signal_rollup_rows();
create trigger signal_rollup_update after update on signal referencing old table as old_rows new table as new_rows
    for each statement execute function signal_rollup_rows();
create trigger signal_rollup_delete after delete on signal referencing old table as old_rows
    for each statement execute function signal_rollup_rows();
create trigger referral_rollup_insert after insert on referral referencing new table as new_rows
    for each statement execute function signal_rollup_referrals();
create trigger referral_rollup_update after update on referral referencing old table as old_rows new table as new_rows
    for each statement execute function signal_rollup_referrals();
create trigger referral_rollup_delete after delete on referral referencing old table as old_rows
    for each statement execute function signal_rollup_referrals();

-- project: dwellings per project (the portfolio's column), kept by deltas: an insert adds, a delete takes away, a move does both.
create table dwelling_count (
    project_id uuid primary key,
    dwellings  bigint not null
);

create function dwelling_count_rows() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into dwelling_count (project_id, dwellings) select project_id, count(*) from new_rows group by 1 order by 1
        on conflict (project_id) do update set dwellings = dwelling_count.dwellings + excluded.dwellings;
    elsif tg_op = 'DELETE' then
        update dwelling_count c set dwellings = c.dwellings - o.n from (select project_id, count(*) n from old_rows group by 1) o
        where c.project_id = o.project_id;
    else
        insert into dwelling_count (project_id, dwellings)
        select project_id, sum(n) from (select project_id, count(*) n from new_rows group by 1
                                        union all select project_id, -count(*) from old_rows group by 1) d
        group by 1 having sum(n) <> 0 order by 1
        on conflict (project_id) do update set dwellings = dwelling_count.dwellings + excluded.dwellings;
    end if;
    return null;
end
$$;

create trigger dwelling_count_insert after insert on dwelling referencing new table as new_rows
    for each statement execute function dwelling_count_rows();
create trigger dwelling_count_update after update on dwelling referencing old table as old_rows new table as new_rows
    for each statement execute function dwelling_count_rows();
create trigger dwelling_count_delete after delete on dwelling referencing old table as old_rows
    for each statement execute function dwelling_count_rows();

-- The records already there.
insert into dwelling_count (project_id, dwellings) select project_id, count(*) from dwelling group by 1;
select participation_rollup_refresh(array(select id from project));
select signal_rollup_refresh(array(select id from project));
