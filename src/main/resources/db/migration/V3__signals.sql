-- Module signal: zorgsignalen, their follow-up and referrals, the access log, settings, escalation and purge runs.
create table signal_settings (
    id               smallint primary key check (id = 1),
    triage_days      smallint not null check (triage_days between 1 and 30),
    urgent_days      smallint not null check (urgent_days between 1 and 30),
    retention_months smallint not null check (retention_months between 1 and 120),
    updated_at       timestamptz not null default now()
);
insert into signal_settings (id, triage_days, urgent_days, retention_months) values (1, 3, 1, 12);

create table signal (
    id                       uuid primary key,
    project_id               uuid         not null references project (id),
    corporation_id           uuid         not null references organisation (id),
    dwelling_id              uuid references dwelling (id), -- personal: removed by the retention purge
    reporter_id              uuid         not null references app_user (id),
    reporter_organisation_id uuid         not null references organisation (id),
    categories               varchar(200) not null,
    urgency                  varchar(10)  not null,
    observation              varchar(1000), -- personal: removed by the retention purge
    status                   varchar(20)  not null,
    created_at               timestamptz  not null,
    due_at                   timestamptz  not null,
    picked_up_at             timestamptz,
    picked_up_by             uuid references app_user (id),
    escalated_at             timestamptz,
    closed_at                timestamptz,
    outcome                  varchar(30),
    purged_at                timestamptz
);
create index signal_queue_idx on signal (corporation_id, status, due_at);
create index signal_reporter_idx on signal (reporter_id, created_at desc);
create index signal_project_idx on signal (project_id, created_at);
create index signal_purge_idx on signal (closed_at) where purged_at is null;

create table signal_contact (
    id          uuid primary key,
    signal_id   uuid        not null references signal (id),
    recorded_by uuid        not null references app_user (id),
    recorded_at timestamptz not null,
    response    varchar(30) not null,
    note        varchar(1000) -- personal: removed by the retention purge
);
create index signal_contact_signal_idx on signal_contact (signal_id, recorded_at);

create table referral (
    id                   uuid primary key,
    signal_id            uuid         not null references signal (id),
    organisation_id      uuid         not null references organisation (id),
    lawful_basis         varchar(20)  not null,
    explicit_consent     boolean      not null,
    consent_date         date,
    justification        varchar(500), -- personal: removed by the retention purge
    referred_by          uuid         not null references app_user (id),
    referred_at          timestamptz  not null,
    consent_withdrawn_at timestamptz,
    outcome              varchar(30),
    outcome_note         varchar(1000), -- personal: removed by the retention purge
    outcome_at           timestamptz,
    outcome_by           uuid references app_user (id)
);
create index referral_organisation_idx on referral (organisation_id, referred_at desc);
create index referral_signal_idx on referral (signal_id);

-- Who looked at or changed which signal, when, and why when asked. Written in the same transaction as the read or change.
create table signal_access (
    id             bigserial primary key,
    signal_id      uuid        not null references signal (id),
    corporation_id uuid        not null references organisation (id),
    user_id        uuid        not null references app_user (id),
    action         varchar(30) not null,
    reason         varchar(300),
    at             timestamptz not null
);
create index signal_access_corporation_idx on signal_access (corporation_id, at desc);
create index signal_access_signal_idx on signal_access (signal_id, at desc);

create table signal_notification (
    id         uuid primary key,
    user_id    uuid        not null references app_user (id),
    signal_id  uuid        not null references signal (id),
    kind       varchar(20) not null,
    created_at timestamptz not null,
    read_at    timestamptz,
    constraint signal_notification_once_uq unique (user_id, signal_id, kind)
);
create index signal_notification_user_idx on signal_notification (user_id, read_at, created_at desc);

-- Scheduled jobs claim a period here first: on several instances only the one whose insert succeeds runs it.
create table job_run (
    job        varchar(40) not null,
    period     varchar(40) not null,
    started_at timestamptz not null default now(),
    result     varchar(200),
    primary key (job, period)
);
