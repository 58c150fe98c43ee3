-- Sign-in throttling in PostgreSQL, so every instance agrees: failures per account and client address (a growing
-- delay) and per client address (a limit per hour). The key is a SHA-256 of the kind, the username and the address,
-- never the e-mail or address itself. Replaces the per-account lock that any stranger could trigger.
create table sign_in_attempt (
    key_hash        char(64)    primary key,
    failures        int         not null,
    first_failure_at timestamptz not null,
    last_failure_at timestamptz not null,
    blocked_until   timestamptz
);
create index sign_in_attempt_stale_idx on sign_in_attempt (last_failure_at);

alter table app_user drop column failed_logins;
alter table app_user drop column last_failed_login_at;
