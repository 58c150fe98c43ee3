-- Kernel: audit log that every module writes to (who, what, when).
create table audit_log (
    id           bigserial primary key,
    occurred_at  timestamptz not null default now(),
    actor_id     uuid,
    action       varchar(80) not null,
    subject_type varchar(40) not null,
    subject_id   varchar(64),
    detail       varchar(500)
);
create index audit_log_subject_idx on audit_log (subject_type, subject_id);
create index audit_log_occurred_idx on audit_log (occurred_at desc);

-- Module organisation: organisations, users, roles, API tokens.
create table organisation (
    id         uuid primary key,
    name       varchar(120) not null,
    type       varchar(30)  not null,
    city       varchar(80),
    active     boolean      not null default true,
    created_at timestamptz  not null default now(),
    constraint organisation_name_uq unique (name)
);

create table app_user (
    id                   uuid primary key,
    username             varchar(120) not null,
    name                 varchar(120) not null,
    password_hash        varchar(200) not null,
    organisation_id      uuid         not null references organisation (id),
    active               boolean      not null default true,
    preferred_locale     varchar(5)   not null default 'nl',
    failed_logins        int          not null default 0,
    last_failed_login_at timestamptz,
    created_at           timestamptz  not null default now(),
    constraint app_user_username_uq unique (username)
);
create index app_user_organisation_idx on app_user (organisation_id);

create table user_role (
    user_id uuid        not null references app_user (id) on delete cascade,
    role    varchar(20) not null,
    primary key (user_id, role)
);

create table api_token (
    id           uuid primary key,
    user_id      uuid         not null references app_user (id),
    name         varchar(80)  not null,
    token_hash   char(64)     not null,
    created_at   timestamptz  not null default now(),
    expires_at   timestamptz,
    revoked_at   timestamptz,
    last_used_at timestamptz,
    constraint api_token_hash_uq unique (token_hash)
);
create index api_token_user_idx on api_token (user_id);

-- Module project: projects, chain partners, dwellings, resident households.
create table project (
    id             uuid primary key,
    corporation_id uuid         not null references organisation (id),
    name           varchar(120) not null,
    municipality   varchar(80)  not null,
    neighbourhood  varchar(80),
    project_type   varchar(3)   not null,
    start_date     date,
    end_date       date,
    status         varchar(20)  not null,
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now(),
    constraint project_dates_ck check (end_date is null or start_date is null or end_date >= start_date)
);
create index project_corporation_idx on project (corporation_id, name);

create table project_partner (
    id                 uuid primary key,
    project_id         uuid          not null references project (id),
    organisation_id    uuid          not null references organisation (id),
    role               varchar(30)   not null,
    contract_value_eur numeric(14, 2) not null check (contract_value_eur >= 0),
    created_at         timestamptz   not null default now(),
    constraint project_partner_uq unique (project_id, organisation_id, role)
);
create index project_partner_organisation_idx on project_partner (organisation_id, project_id);

create table dwelling (
    id                    uuid primary key,
    project_id            uuid        not null references project (id),
    corporation_id        uuid        not null references organisation (id),
    code                  varchar(40),
    bag_identificatie     char(16)    not null,
    straatnaam            varchar(80) not null,
    huisnummer            int         not null check (huisnummer between 1 and 99999),
    huisletter            char(1),
    huisnummer_toevoeging varchar(4),
    postcode              char(6),
    woonplaats            varchar(80) not null,
    bouwjaar              smallint,
    energielabel_voor     varchar(5),
    energielabel_na       varchar(5),
    gepland_datum         date,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now()
);
-- A corporation's own dwelling number and the BAG id each identify one dwelling (import upserts on them).
create unique index dwelling_code_uq on dwelling (corporation_id, code) where code is not null;
create unique index dwelling_bag_uq on dwelling (corporation_id, bag_identificatie);
create index dwelling_project_idx on dwelling (project_id, straatnaam, huisnummer);

create table resident (
    id                 uuid primary key,
    dwelling_id        uuid         not null references dwelling (id),
    user_id            uuid references app_user (id),
    name               varchar(120) not null,
    email              varchar(120),
    phone              varchar(30),
    preferred_language varchar(5)   not null default 'nl',
    created_at         timestamptz  not null default now(),
    updated_at         timestamptz  not null default now(),
    constraint resident_dwelling_uq unique (dwelling_id)
);
create unique index resident_user_uq on resident (user_id) where user_id is not null;
