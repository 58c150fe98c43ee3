-- Module vote: renovation proposals, the tenants' votes on them, the 70% count and the notices that start the 8-week
-- period (BW 7:220, DOMAIN_RULES §5). A vote is personal data: only the corporation's staff of the project read a choice.

-- The legal minimum of the relocation allowance from a day on; later years are added by the admin.
create table relocation_allowance (
    valid_from date primary key,
    amount_eur numeric(10, 2) not null check (amount_eur > 0),
    updated_at timestamptz    not null default now()
);
insert into relocation_allowance (valid_from, amount_eur) values ('2017-03-01', 5910), ('2021-03-01', 6334), ('2024-02-29', 7428);

create table proposal (
    id                       uuid primary key,
    project_id               uuid           not null references project (id),
    corporation_id           uuid           not null references organisation (id),
    -- Versions of one proposal share the series (the first version's id); a change after opening is a new version.
    series_id                uuid           not null,
    version                  int            not null check (version >= 1),
    status                   varchar(12)    not null,
    title                    varchar(160)   not null,
    works_renovation         varchar(4000)  not null,
    works_maintenance        varchar(4000)  not null,
    duration_weeks           int            not null check (duration_weeks between 1 and 520),
    inhabited                boolean        not null,
    temporary_dwelling       varchar(1000),
    relocation_allowance_eur numeric(10, 2),
    move_out_on              date,
    social_plan_url          varchar(300),
    tenants_association      varchar(160),
    liaison_organisation_id  uuid references organisation (id),
    voting_opens_on          date           not null,
    voting_closes_on         date           not null,
    created_by               uuid           not null references app_user (id),
    created_at               timestamptz    not null default now(),
    updated_at               timestamptz    not null default now(),
    opened_at                timestamptz,
    closed_at                timestamptz,
    -- The count at the close, kept: later changes of households do not change a closed vote.
    result_complex_size      int,
    result_tenancies         int,
    result_agreed            int,
    result_disagreed         int,
    result_presumed          boolean,
    notice_date              date,
    constraint proposal_status_ck check (status in ('DRAFT', 'OPEN', 'CLOSED', 'SUPERSEDED')),
    constraint proposal_period_ck check (voting_closes_on >= voting_opens_on),
    constraint proposal_version_uq unique (series_id, version)
);
create index proposal_project_idx on proposal (project_id, created_at desc);
create index proposal_open_idx on proposal (corporation_id, voting_closes_on) where status = 'OPEN';

-- The dwellings of the complex (the structural unit the proposal covers); occupied is set at the close.
create table proposal_dwelling (
    proposal_id uuid not null references proposal (id),
    dwelling_id uuid not null references dwelling (id),
    occupied    boolean,
    primary key (proposal_id, dwelling_id)
);
create index proposal_dwelling_dwelling_idx on proposal_dwelling (dwelling_id);

-- The rent change of one dwelling, or (dwelling_id null) of every other dwelling of the complex, named by its type.
create table proposal_rent_change (
    proposal_id      uuid          not null references proposal (id),
    position         int           not null,
    dwelling_id      uuid references dwelling (id),
    dwelling_type    varchar(80),
    current_rent_eur numeric(8, 2) not null check (current_rent_eur >= 0),
    new_rent_eur     numeric(8, 2) not null check (new_rent_eur >= 0),
    basis            varchar(500)  not null,
    primary key (proposal_id, position),
    constraint proposal_rent_change_target_ck check (dwelling_id is not null or dwelling_type is not null)
);

-- Every vote cast, kept (the chart over time, and who recorded a paper form); the one that counts is chosen by the
-- rule of Tally: the tenant's own latest vote, else the latest paper form.
create table proposal_vote (
    id          uuid primary key,
    proposal_id uuid        not null references proposal (id),
    dwelling_id uuid        not null references dwelling (id),
    choice      varchar(10) not null,
    channel     varchar(10) not null,
    cast_by     uuid        not null references app_user (id),
    evidence_id uuid references evidence (id),
    cast_at     timestamptz not null,
    constraint proposal_vote_choice_ck check (choice in ('AGREE', 'DISAGREE')),
    constraint proposal_vote_channel_ck check (channel in ('PORTAL', 'PAPER')),
    constraint proposal_vote_paper_ck check (channel = 'PORTAL' or evidence_id is not null)
);
create index proposal_vote_idx on proposal_vote (proposal_id, dwelling_id, cast_at);

-- The written notice that 70% agreed, per tenancy that did not agree: the 8-week period ends on period_ends_on.
create table proposal_notice (
    proposal_id    uuid not null references proposal (id),
    dwelling_id    uuid not null references dwelling (id),
    notice_date    date not null,
    period_ends_on date not null,
    primary key (proposal_id, dwelling_id)
);
create index proposal_notice_end_idx on proposal_notice (period_ends_on);
