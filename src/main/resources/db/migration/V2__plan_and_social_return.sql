-- Module plan: commitments of the joint MVO plan, manual progress, evidence files, partner period reports.
create table evidence (
    id                    uuid primary key,
    project_id            uuid         not null references project (id),
    owner_organisation_id uuid         not null references organisation (id),
    filename              varchar(200) not null,
    content_type          varchar(40)  not null,
    size_bytes            int          not null check (size_bytes > 0),
    sha256                char(64)     not null,
    uploaded_by           uuid         not null references app_user (id),
    uploaded_at           timestamptz  not null default now()
);
create index evidence_project_idx on evidence (project_id, owner_organisation_id);
-- File bytes live in their own table, off the hot path of lists and joins, in the same transaction as their record.
create table evidence_content (
    evidence_id uuid primary key references evidence (id),
    content     bytea not null
);

create table commitment (
    id                      uuid primary key,
    project_id              uuid           not null references project (id),
    partner_organisation_id uuid references organisation (id), -- null: the corporation itself
    theme                   varchar(30)    not null,
    description             varchar(1000)  not null,
    metric                  varchar(30)    not null,
    target                  numeric(14, 2) not null check (target > 0),
    due_date                date,
    status                  varchar(20)    not null,
    created_by              uuid           not null references app_user (id),
    created_at              timestamptz    not null default now(),
    decided_by              uuid references app_user (id),
    decided_at              timestamptz,
    decision_reason         varchar(500)
);
create index commitment_project_idx on commitment (project_id, status);

create table progress_entry (
    id            uuid primary key,
    commitment_id uuid           not null references commitment (id),
    amount        numeric(14, 2) not null check (amount > 0),
    occurred_on   date           not null,
    note          varchar(500)   not null,
    evidence_id   uuid references evidence (id),
    entered_by    uuid           not null references app_user (id),
    entered_at    timestamptz    not null default now()
);
create index progress_entry_commitment_idx on progress_entry (commitment_id);

create table partner_report (
    id                      uuid primary key,
    project_id              uuid          not null references project (id),
    partner_organisation_id uuid          not null references organisation (id),
    period                  varchar(7)    not null, -- 2026-Q3
    narrative               varchar(4000) not null,
    status                  varchar(20)   not null,
    submitted_by            uuid          not null references app_user (id),
    submitted_at            timestamptz   not null default now(),
    reviewed_by             uuid references app_user (id),
    reviewed_at             timestamptz,
    review_reason           varchar(500),
    constraint partner_report_period_uq unique (project_id, partner_organisation_id, period)
);

-- Module impact: value sets (waarderingssets), obligations and social-return contributions.
create table value_set (
    id                     uuid primary key,
    name                   varchar(120)   not null,
    municipality           varchar(80), -- null: applies where a municipality has no set of its own
    valid_from             date           not null,
    valid_to               date,
    bonus_eur              numeric(12, 2) not null check (bonus_eur >= 0),
    activity_hour_eur      numeric(12, 2) not null check (activity_hour_eur >= 0),
    purchase_register_pct  numeric(5, 2)  not null check (purchase_register_pct between 0 and 100),
    purchase_other_pct     numeric(5, 2)  not null check (purchase_other_pct between 0 and 100),
    pso_fulfilment_pct     numeric(5, 2)  not null check (pso_fulfilment_pct between 0 and 100),
    created_at             timestamptz    not null default now(),
    constraint value_set_period_ck check (valid_to is null or valid_to >= valid_from)
);
create table value_set_amount (
    value_set_id uuid           not null references value_set (id),
    block        varchar(30)    not null,
    amount_eur   numeric(12, 2) not null check (amount_eur >= 0),
    primary key (value_set_id, block)
);

-- The building-block method as published by the municipality of Utrecht (DOMAIN_RULES §1): the default set.
insert into value_set (id, name, municipality, valid_from, valid_to, bonus_eur, activity_hour_eur, purchase_register_pct,
                       purchase_other_pct, pso_fulfilment_pct)
values ('5e7a0c7e-0000-4000-8000-000000000001', 'Bouwblokkenmethode (Utrecht), standaard', null, date '2020-01-01', null,
        10000, 100, 100, 50, 0);
insert into value_set_amount (value_set_id, block, amount_eur)
values ('5e7a0c7e-0000-4000-8000-000000000001', 'PARTICIPATIEWET', 40000),
       ('5e7a0c7e-0000-4000-8000-000000000001', 'BANENAFSPRAAK', 50000),
       ('5e7a0c7e-0000-4000-8000-000000000001', 'PRAKTIJKONDERWIJS', 35000),
       ('5e7a0c7e-0000-4000-8000-000000000001', 'WIA_WAO', 40000),
       ('5e7a0c7e-0000-4000-8000-000000000001', 'WW', 20000),
       ('5e7a0c7e-0000-4000-8000-000000000001', 'BBL', 35000),
       ('5e7a0c7e-0000-4000-8000-000000000001', 'BOL', 20000),
       ('5e7a0c7e-0000-4000-8000-000000000001', 'NO_BENEFIT', 10000);

create table social_return_obligation (
    project_id              uuid          not null references project (id),
    partner_organisation_id uuid          not null references organisation (id),
    percentage              numeric(5, 2) not null check (percentage between 0 and 100),
    pso_step                smallint check (pso_step between 0 and 5),
    primary key (project_id, partner_organisation_id)
);

create table contribution (
    id                      uuid primary key,
    project_id              uuid           not null references project (id),
    partner_organisation_id uuid           not null references organisation (id),
    kind                    varchar(20)    not null,
    person_key              varchar(60), -- normalised pseudonymous reference + birth year, to recognise a person across partners
    person_ref              varchar(40),
    birth_year              smallint,
    block                   varchar(30),
    hours_per_week          numeric(4, 1),
    start_date              date           not null,
    end_date                date,
    bonuses                 varchar(120)   not null default '',
    supplier                varchar(120),
    amount_eur              numeric(14, 2),
    in_register             boolean,
    hours                   numeric(8, 1),
    value_set_id            uuid           not null references value_set (id),
    counted_months          numeric(6, 2),
    value_eur               numeric(14, 2) not null check (value_eur >= 0),
    evidence_id             uuid references evidence (id),
    status                  varchar(20)    not null,
    review_reason           varchar(500),
    reviewed_by             uuid references app_user (id),
    reviewed_at             timestamptz,
    created_by              uuid           not null references app_user (id),
    created_at              timestamptz    not null default now(),
    constraint contribution_period_ck check (end_date is null or end_date >= start_date)
);
create index contribution_project_idx on contribution (project_id, partner_organisation_id, status);
create index contribution_person_idx on contribution (person_key) where person_key is not null;
