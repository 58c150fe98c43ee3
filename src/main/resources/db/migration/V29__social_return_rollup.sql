-- Social return's approved value per project, partner and calendar year of the contribution's start (issue 21), for
-- the dashboards. A contribution's realised value depends on the day (the months passed), so the rollup holds only
-- what does not: the approved value, the activity hours and the number of contributions. The dashboards take the value still planned from
-- the approved contributions that are running on the day (found by the index below), and realised = value - planned.
-- A statement-level trigger adds the statement's approved rows and subtracts the old ones in the record's own
-- transaction. The upsert locks one rollup row per key, in key order, so concurrent writers neither lose a change nor
-- deadlock on each other.
create table social_return_rollup (
    project_id              uuid    not null,
    partner_organisation_id uuid    not null,
    year                    int     not null,
    value_eur               numeric not null,
    activity_hours          numeric not null,
    contributions           bigint  not null,
    primary key (project_id, partner_organisation_id, year)
);

-- Recomputed from the records (the benchmark's generator after a bulk load with triggers off, and this migration).
create function social_return_rollup_refresh(projects uuid[]) returns void language sql as $$
    delete from social_return_rollup where project_id = any (projects);
    insert into social_return_rollup (project_id, partner_organisation_id, year, value_eur, activity_hours, contributions)
    select project_id, partner_organisation_id, extract(year from start_date)::int, sum(value_eur),
           coalesce(sum(hours) filter (where kind = 'ACTIVITY_HOURS'), 0), count(*)
    from contribution where status = 'APPROVED' and project_id = any (projects)
    group by 1, 2, 3;
$$;

-- Insert and update (an update subtracts its old rows and adds its new ones).
create function social_return_rollup_rows() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into social_return_rollup as r (project_id, partner_organisation_id, year, value_eur, activity_hours, contributions)
        select project_id, partner_organisation_id, extract(year from start_date)::int, sum(value_eur),
               coalesce(sum(hours) filter (where kind = 'ACTIVITY_HOURS'), 0), count(*)
        from new_rows where status = 'APPROVED' group by 1, 2, 3 order by 1, 2, 3
        on conflict (project_id, partner_organisation_id, year)
            do update set value_eur = r.value_eur + excluded.value_eur, activity_hours = r.activity_hours + excluded.activity_hours,
                          contributions = r.contributions + excluded.contributions;
        return null;
    end if;
    insert into social_return_rollup as r (project_id, partner_organisation_id, year, value_eur, activity_hours, contributions)
    select project_id, partner_organisation_id, year, sum(value_eur), sum(hours), sum(n)
    from (select project_id, partner_organisation_id, extract(year from start_date)::int as year, -value_eur as value_eur,
                 case when kind = 'ACTIVITY_HOURS' then -coalesce(hours, 0) else 0 end as hours, -1 as n
          from old_rows where status = 'APPROVED'
          union all
          select project_id, partner_organisation_id, extract(year from start_date)::int, value_eur,
                 case when kind = 'ACTIVITY_HOURS' then coalesce(hours, 0) else 0 end, 1
          from new_rows where status = 'APPROVED') as change
    group by 1, 2, 3 order by 1, 2, 3
    on conflict (project_id, partner_organisation_id, year)
        do update set value_eur = r.value_eur + excluded.value_eur, activity_hours = r.activity_hours + excluded.activity_hours,
                      contributions = r.contributions + excluded.contributions;
    -- A group without contributions is gone, as it is from the records (no year of zeros on the dashboard).
    delete from social_return_rollup r
    where r.contributions = 0 and r.project_id in (select project_id from old_rows);
    return null;
end
$$;

create trigger contribution_rollup_insert after insert on contribution referencing new table as new_rows
    for each statement execute function social_return_rollup_rows();
create trigger contribution_rollup_update after update on contribution referencing old table as old_rows new table as new_rows
    for each statement execute function social_return_rollup_rows();
-- A delete has no new rows.
create function social_return_rollup_deleted() returns trigger language plpgsql as $$
begin
    insert into social_return_rollup as r (project_id, partner_organisation_id, year, value_eur, activity_hours, contributions)
    select project_id, partner_organisation_id, extract(year from start_date)::int, -sum(value_eur),
           -coalesce(sum(hours) filter (where kind = 'ACTIVITY_HOURS'), 0), -count(*)
    from old_rows where status = 'APPROVED' group by 1, 2, 3 order by 1, 2, 3
    on conflict (project_id, partner_organisation_id, year)
        do update set value_eur = r.value_eur + excluded.value_eur, activity_hours = r.activity_hours + excluded.activity_hours,
                      contributions = r.contributions + excluded.contributions;
    delete from social_return_rollup r
    where r.contributions = 0 and r.project_id in (select project_id from old_rows);
    return null;
end
$$;
create trigger contribution_rollup_delete after delete on contribution referencing old table as old_rows
    for each statement execute function social_return_rollup_deleted();

-- The partners' contract values of a corporation's projects, read without visiting the table (the dashboards read them
-- for hundreds of projects at once; the planner chose a scan of every corporation's partners).
create index project_partner_contract on project_partner (project_id) include (organisation_id, contract_value_eur);

-- The approved contributions still running on a day are those whose end (or, without an end, whose start) lies after it.
create index contribution_running on contribution (project_id, (coalesce(end_date, start_date))) where status = 'APPROVED';

select social_return_rollup_refresh(array(select id from project));
