-- Module practice: the best-practice library, with results snapshotted from the source project's records.
create table practice (
    id               uuid primary key,
    corporation_id   uuid          not null references organisation (id),
    project_id       uuid          not null references project (id),
    municipality     varchar(80)   not null,
    title            varchar(160)  not null,
    themes           varchar(200)  not null,
    summary          varchar(2000) not null,
    steps            varchar(4000) not null,
    partners_involved varchar(500),
    hours            numeric(10, 1) check (hours >= 0),
    budget_eur       numeric(14, 2) check (budget_eur >= 0),
    contact          varchar(160)  not null,
    visibility       varchar(20)   not null,
    published_by     uuid          not null references app_user (id),
    published_at     timestamptz   not null default now(),
    -- Dutch stems for normal words, and the plain words for prefix search ("stage" finds "stages").
    search           tsvector generated always as (to_tsvector('dutch', title || ' ' || summary || ' ' || steps)
                                                   || to_tsvector('simple', title || ' ' || summary || ' ' || steps)) stored
);
create index practice_search_idx on practice using gin (search);
create index practice_visibility_idx on practice (visibility, corporation_id);

create table practice_result (
    id          uuid primary key,
    practice_id uuid           not null references practice (id),
    kind        varchar(40)    not null,
    value       numeric(14, 2) not null,
    per_value   numeric(14, 2), -- the effort it is measured against (places, activities); null when not a ratio
    position    int            not null
);
create index practice_result_idx on practice_result (practice_id, position);

create table practice_template (
    id          uuid primary key,
    practice_id uuid          not null references practice (id),
    kind        varchar(20)   not null, -- COMMITMENT or OPPORTUNITY
    theme       varchar(30),
    metric      varchar(30),
    target      numeric(14, 2),
    opportunity_type varchar(20),
    title       varchar(160)  not null,
    description varchar(2000) not null,
    places      int,
    job_guarantee boolean      not null default false,
    job_guarantee_condition varchar(500)
);
create index practice_template_idx on practice_template (practice_id);

create table practice_copy (
    id             uuid primary key,
    practice_id    uuid        not null references practice (id),
    corporation_id uuid        not null references organisation (id),
    project_id     uuid        not null references project (id),
    copied_by      uuid        not null references app_user (id),
    copied_at      timestamptz not null default now(),
    show_name      boolean     not null
);
create index practice_copy_idx on practice_copy (practice_id, copied_at desc);
