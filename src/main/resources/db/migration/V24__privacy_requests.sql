-- Module privacy: a person's requests to correct or erase their data (AVG art. 16, 17), answered within a month
-- (art. 12) by the coordinator of their corporation (organisation_id), or by the platform admin (null).
create table privacy_request (
    id              uuid primary key,
    user_id         uuid          not null references app_user (id),
    organisation_id uuid references organisation (id),
    kind            varchar(12)   not null,
    details         varchar(2000),
    status          varchar(10)   not null default 'OPEN',
    created_at      timestamptz   not null default now(),
    due_on          date          not null,
    decided_by      uuid references app_user (id),
    decided_at      timestamptz,
    reason          varchar(1000),
    constraint privacy_request_kind_ck check (kind in ('CORRECTION', 'ERASURE')),
    constraint privacy_request_status_ck check (status in ('OPEN', 'DONE', 'REFUSED'))
);
create index privacy_request_open_idx on privacy_request (organisation_id, due_on) where status = 'OPEN';
create index privacy_request_user_idx on privacy_request (user_id, created_at desc);
