-- Module project: a resident's consents (contact about opportunities, use of photos).
create table resident_consent (
    user_id               uuid primary key references app_user (id),
    contact_opportunities boolean     not null,
    photos                boolean     not null,
    updated_at            timestamptz not null default now()
);

-- Kernel: e-mail outbox. Every message is kept here; with SMTP configured it is also sent.
create table mail_outbox (
    id         uuid primary key,
    to_address varchar(120) not null,
    subject    varchar(200) not null,
    body       varchar(4000) not null,
    created_at timestamptz  not null default now(),
    sent_at    timestamptz,
    error      varchar(300)
);
create index mail_outbox_created_idx on mail_outbox (created_at desc);

-- Module participation: opportunities, applications, placements, self-work, compensation, activities.
create table opportunity (
    id                      uuid primary key,
    project_id              uuid          not null references project (id),
    offered_by              uuid          not null references organisation (id),
    type                    varchar(20)   not null,
    title                   varchar(120)  not null,
    description             varchar(2000) not null,
    places                  int           not null check (places between 1 and 500),
    start_date              date          not null,
    end_date                date,
    requirements            varchar(1000),
    compensation            varchar(300),
    job_guarantee           boolean       not null default false,
    job_guarantee_condition varchar(500),
    status                  varchar(10)   not null,
    created_by              uuid          not null references app_user (id),
    created_at              timestamptz   not null default now(),
    constraint opportunity_period_ck check (end_date is null or end_date >= start_date)
);
create index opportunity_project_idx on opportunity (project_id, status, start_date);

create table application (
    id              uuid primary key,
    opportunity_id  uuid          not null references opportunity (id),
    applicant_id    uuid          not null references app_user (id), -- the resident, or the case worker who proposes
    candidate_ref   varchar(40), -- pseudonym of a proposed candidate; null when a resident applies
    motivation      varchar(1000) not null,
    availability    varchar(300)  not null,
    status          varchar(20)   not null,
    decision_reason varchar(500),
    decided_by      uuid references app_user (id),
    decided_at      timestamptz,
    created_at      timestamptz   not null default now()
);
create unique index application_resident_once_uq on application (opportunity_id, applicant_id) where candidate_ref is null;
create index application_opportunity_idx on application (opportunity_id, status);
create index application_applicant_idx on application (applicant_id, created_at desc);

create table placement (
    id             uuid primary key,
    application_id uuid          not null unique references application (id),
    opportunity_id uuid          not null references opportunity (id),
    project_id     uuid          not null references project (id),
    corporation_id uuid          not null references organisation (id),
    offered_by     uuid          not null references organisation (id),
    start_date     date          not null,
    end_date       date          not null,
    mentor         varchar(120)  not null,
    block          varchar(30),
    hours_per_week numeric(4, 1) not null check (hours_per_week > 0 and hours_per_week <= 60),
    outcome        varchar(30),
    outcome_reason varchar(500),
    contract_type  varchar(20),
    outcome_at     timestamptz,
    created_at     timestamptz   not null default now(),
    constraint placement_period_ck check (end_date >= start_date)
);
create index placement_project_idx on placement (project_id, offered_by);
create index placement_corporation_idx on placement (corporation_id, start_date desc);

create table placement_hours (
    placement_id uuid          not null references placement (id),
    week_start   date          not null,
    hours        numeric(5, 1) not null check (hours >= 0 and hours <= 80),
    primary key (placement_id, week_start)
);

create table self_work_task (
    id                 uuid primary key,
    project_id         uuid          not null references project (id),
    dwelling_id        uuid          not null references dwelling (id),
    title              varchar(120)  not null,
    description        varchar(1000),
    performer_age      varchar(20)   not null, -- ADULT or MINOR_16_17; under 16 never
    supervisor         varchar(120),
    hourly_allowance   boolean       not null default true,
    status             varchar(30)   not null,
    instruction_by     varchar(120),
    instruction_at     timestamptz,
    started_at         timestamptz,
    ready_at           timestamptz,
    inspection_by      varchar(120),
    inspection_at      timestamptz,
    inspection_passed  boolean,
    inspection_note    varchar(500),
    created_by         uuid          not null references app_user (id),
    created_at         timestamptz   not null default now()
);
create index self_work_task_project_idx on self_work_task (project_id, dwelling_id);

create table allowance_limits (
    year           int primary key,
    hourly_adult   numeric(6, 2)  not null check (hourly_adult >= 0),
    hourly_young   numeric(6, 2)  not null check (hourly_young >= 0),
    monthly        numeric(10, 2) not null check (monthly >= 0),
    yearly         numeric(10, 2) not null check (yearly >= 0),
    updated_at     timestamptz    not null default now()
);
-- DOMAIN_RULES §2; 2026 is not published in our sources: the admin sets it, until then the latest known year applies.
insert into allowance_limits (year, hourly_adult, hourly_young, monthly, yearly) values (2024, 5.50, 3.25, 210, 2100), (2025, 5.60, 3.30, 210, 2100);

create table compensation (
    id               uuid primary key,
    project_id       uuid           not null references project (id),
    resident_user_id uuid           not null references app_user (id),
    payer_id         uuid           not null references organisation (id),
    paid_on          date           not null,
    amount           numeric(10, 2) not null check (amount > 0),
    hours            numeric(6, 1),
    kind             varchar(30)    not null,
    age_21_plus      boolean        not null,
    paid_as_income   boolean        not null default false,
    task_id          uuid references self_work_task (id),
    created_by       uuid           not null references app_user (id),
    created_at       timestamptz    not null default now()
);
create index compensation_resident_idx on compensation (resident_user_id, paid_on);

create table activity (
    id                    uuid primary key,
    project_id            uuid          not null references project (id),
    organiser_id          uuid          not null references organisation (id),
    type                  varchar(30)   not null,
    title                 varchar(120)  not null,
    held_on               date          not null,
    partner_ids           varchar(400)  not null default '',
    children              int           not null check (children >= 0),
    adults                int           not null check (adults >= 0),
    residents             int           not null check (residents >= 0),
    staff_volunteer_hours numeric(7, 1) not null check (staff_volunteer_hours >= 0),
    parental_consents     int           not null check (parental_consents >= 0),
    created_by            uuid          not null references app_user (id),
    created_at            timestamptz   not null default now(),
    constraint activity_consents_ck check (parental_consents <= children)
);
create index activity_project_idx on activity (project_id, held_on);
