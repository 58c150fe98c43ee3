-- Sign-in through an organisation's own OpenID Connect provider (Entra ID, Google Workspace, Keycloak, ...), registered by
-- the admin at runtime. The client secret is encrypted with the key from the environment and never shown again.
create table identity_provider (
    organisation_id   uuid primary key references organisation (id),
    issuer_uri        varchar(300) not null,
    client_id         varchar(200) not null,
    client_secret     varchar(1000) not null,
    passwords_allowed boolean      not null default false,
    updated_at        timestamptz  not null default now()
);
-- The e-mail domains a provider serves; a domain belongs to one organisation (home realm discovery).
create table identity_provider_domain (
    domain          varchar(120) primary key,
    organisation_id uuid not null references identity_provider (organisation_id) on delete cascade
);
create index identity_provider_domain_org_idx on identity_provider_domain (organisation_id);
-- Accounts that only sign in through their provider have no password.
alter table app_user alter column password_hash drop not null;
