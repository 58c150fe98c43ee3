-- Signal intake without a queue (issue 21). V26 recomputed a project's signal rollup under a per-project lock held until
-- commit, so simultaneous signals of one project committed one after the other: at the sector's size 45 signals a second
-- in all, p99 eight times one site worker's. A new signal now only adds a delta row (no lock, no read of other rows);
-- the figures are the rollup plus its deltas, summed (signal_rollup_now below). A job folds the deltas into the rollup
-- every minute. Updates, deletes and referrals still recompute their projects from the records, and clear those
-- projects' deltas in the same statement (one snapshot: a signal either counts in the recomputed rows or keeps its delta).

create table signal_rollup_delta (
    project_id       uuid   not null,
    organisation_id  uuid,
    year             int,
    raised           bigint not null,
    in_time          bigint not null,
    referred         bigint not null,
    closed           bigint not null
);
create index signal_rollup_delta_project on signal_rollup_delta (project_id);

-- What the dashboards read: per project, organisation and year, the rollup and the deltas not yet folded into it.
create view signal_rollup_now as
select project_id, organisation_id, year, sum(raised)::bigint as raised, sum(in_time)::bigint as in_time, sum(referred)::bigint as referred,
       sum(closed)::bigint as closed
from (select project_id, organisation_id, year, raised, in_time, referred, closed from signal_rollup
      union all
      select project_id, organisation_id, year, raised, in_time, referred, closed from signal_rollup_delta) figures
group by 1, 2, 3;

create or replace function signal_rollup_refresh(projects uuid[]) returns void language plpgsql as $$
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
    -- One statement, one snapshot: the records counted and the deltas removed are the same committed ones.
    with old_rows as (delete from signal_rollup where project_id = any (projects)),
         old_deltas as (delete from signal_rollup_delta where project_id = any (projects))
    insert into signal_rollup (project_id, organisation_id, year, raised, in_time, referred, closed)
    select s.project_id, s.reporter_organisation_id, extract(year from (s.created_at at time zone 'Europe/Amsterdam'))::int, count(*),
           count(*) filter (where s.picked_up_at <= s.due_at),
           count(*) filter (where exists (select 1 from referral r where r.signal_id = s.id)), count(s.closed_at)
    from signal s
    where s.project_id = any (projects)
    group by 1, 2, 3;
end
$$;

-- New signals: a delta per project, organisation and year of the statement's rows. A new signal has no referral yet.
create or replace function signal_rollup_rows() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into signal_rollup_delta (project_id, organisation_id, year, raised, in_time, referred, closed)
        select project_id, reporter_organisation_id, extract(year from (created_at at time zone 'Europe/Amsterdam'))::int, count(*),
               count(*) filter (where picked_up_at <= due_at), 0, count(closed_at)
        from new_rows
        group by 1, 2, 3;
    elsif tg_op = 'DELETE' then
        perform signal_rollup_refresh(array(select distinct project_id from old_rows));
    else
        perform signal_rollup_refresh(array(select project_id from new_rows union select project_id from old_rows));
    end if;
    return null;
end
$$;

-- Folds the deltas into the rollup; returns how many delta rows it folded, or -1 when a recompute or another instance's
-- fold holds the rollup (it waits for nobody: the next run folds them).
create function signal_rollup_fold() returns int language plpgsql as $$
declare
    folded int;
begin
    if not pg_try_advisory_xact_lock(2102, 0) then
        return -1;
    end if;
    with gone as (delete from signal_rollup_delta returning *),
         sums as (select project_id, organisation_id, year, sum(raised) raised, sum(in_time) in_time, sum(referred) referred,
                         sum(closed) closed, count(*) n
                  from gone group by 1, 2, 3),
         updated as (update signal_rollup r set raised = r.raised + s.raised, in_time = r.in_time + s.in_time,
                            referred = r.referred + s.referred, closed = r.closed + s.closed
                     from sums s
                     where r.project_id = s.project_id and r.organisation_id is not distinct from s.organisation_id
                       and r.year is not distinct from s.year
                     returning r.project_id, r.organisation_id, r.year),
         added as (insert into signal_rollup (project_id, organisation_id, year, raised, in_time, referred, closed)
                   select s.project_id, s.organisation_id, s.year, s.raised, s.in_time, s.referred, s.closed from sums s
                   where not exists (select 1 from updated u where u.project_id = s.project_id
                                     and u.organisation_id is not distinct from s.organisation_id and u.year is not distinct from s.year))
    select coalesce(sum(n), 0) into folded from sums;
    return folded;
end
$$;
