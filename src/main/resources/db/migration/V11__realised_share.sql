-- Social-return value accrues month by month: the share of a registration realised on a day, for sums in SQL. The same
-- rule as Valuation.realisedShare in Java (a test compares both): months are counted month-based like
-- Valuation.months (whole months from start to the day after, plus the days left as a fraction of 30, in cents of a
-- month), nothing before the start, everything from the end or for a registration without an end.
create function contribution_months(s date, e date) returns numeric
    language sql immutable strict parallel safe as $$
    select m + round(d / 30.0, 2)
    from (select case when m0 > 0 and d0 < 0 then m0 - 1 else m0 end as m,
                 case when m0 > 0 and d0 < 0 then (e1 - (s + make_interval(months => m0 - 1))::date) else d0 end as d
          from (select (extract(year from e1) * 12 + extract(month from e1) - extract(year from s) * 12 - extract(month from s))::int as m0,
                       (extract(day from e1) - extract(day from s))::int as d0, e1
                from (select e + 1 as e1) as day_after) as fields) as months
$$;

create function realised_share(s date, e date, today date) returns numeric
    language sql immutable parallel safe as $$
    select case when today < s then 0
                when e is null or today >= e then 1
                when contribution_months(s, e) = 0 then 1
                else least(1, round(contribution_months(s, today) / contribution_months(s, e), 6)) end
$$;
