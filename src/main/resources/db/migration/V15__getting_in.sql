-- Issue 15: invitations, tenants' activation codes, password reset, a second factor, mail that is retried.

-- Mail is retried until the server takes it (backoff per attempt). A confidential mail carries a link that lets
-- someone in (invitation, reset): the outbox page does not show it and its body is dropped once it is sent.
alter table mail_outbox add column attempts int not null default 0;
alter table mail_outbox add column next_attempt_at timestamptz not null default now();
alter table mail_outbox add column confidential boolean not null default false;
alter table mail_outbox alter column body drop not null;
create index mail_outbox_due_idx on mail_outbox (next_attempt_at) where sent_at is null;

-- The audit log can be read per organisation (the coordinator sees their own).
alter table audit_log add column organisation_id uuid;
create index audit_log_organisation_idx on audit_log (organisation_id, occurred_at desc);
create index audit_log_action_idx on audit_log (action, occurred_at desc);

-- Invitations: the only way in besides an activation code. Only the SHA-256 of the link's token is stored.
create table invitation (
    id               uuid primary key,
    email            varchar(120) not null,
    name             varchar(120),
    organisation_id  uuid         not null references organisation (id),
    project_id       uuid,
    roles            varchar(200) not null,
    token_hash       char(64)     not null,
    status           varchar(10)  not null default 'PENDING',
    expires_at       timestamptz  not null,
    invited_by       uuid         not null references app_user (id),
    accepted_user_id uuid references app_user (id),
    locale           varchar(5)   not null default 'nl',
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now(),
    constraint invitation_status_ck check (status in ('PENDING', 'ACCEPTED', 'REVOKED'))
);
create unique index invitation_token_uq on invitation (token_hash);
create index invitation_email_idx on invitation (email);
create index invitation_organisation_idx on invitation (organisation_id, created_at desc);

-- Password reset links: single use, one hour.
create table password_reset (
    token_hash char(64)    primary key,
    user_id    uuid        not null references app_user (id),
    expires_at timestamptz not null,
    used_at    timestamptz,
    created_at timestamptz not null default now()
);
create index password_reset_user_idx on password_reset (user_id);

-- Second factor: the TOTP secret (base32, encrypted with the key from the environment), the last time step used (no code works twice), recovery codes (hashed).
create table second_factor (
    user_id        uuid primary key references app_user (id),
    secret         varchar(300) not null,
    confirmed_at   timestamptz,
    last_time_step bigint      not null default 0,
    created_at     timestamptz not null default now()
);
create table recovery_code (
    user_id   uuid     not null references app_user (id),
    code_hash char(64) not null,
    used_at   timestamptz,
    primary key (user_id, code_hash)
);

-- Module project: a household may have up to two accounts (replaces resident.user_id).
create table resident_account (
    user_id     uuid primary key references app_user (id),
    dwelling_id uuid not null references dwelling (id),
    created_at  timestamptz not null default now()
);
create index resident_account_dwelling_idx on resident_account (dwelling_id);
insert into resident_account (user_id, dwelling_id) select user_id, dwelling_id from resident where user_id is not null;
drop index resident_user_uq;
alter table resident drop column user_id;

-- Tenants' activation codes, one per dwelling at a time: found by their hash, encrypted (key from the environment)
-- so that the letters can be printed again.
create table activation_code (
    id          uuid primary key,
    dwelling_id uuid        not null references dwelling (id),
    project_id  uuid        not null references project (id),
    code_hash   char(64)    not null,
    code        varchar(300) not null,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    used_by     uuid references app_user (id),
    revoked_at  timestamptz,
    created_by  uuid        not null references app_user (id),
    created_at  timestamptz not null default now()
);
create unique index activation_code_hash_uq on activation_code (code_hash);
create unique index activation_code_open_uq on activation_code (dwelling_id) where used_at is null and revoked_at is null;
create index activation_code_project_idx on activation_code (project_id);
