-- A client's Idempotency-Key on a create (a queued field report sent again after a lost answer): the first request
-- creates the record and its row here in one transaction; a retry with the same key finds the row and gets the same
-- record back. request_hash is the SHA-256 of the request's canonical form, so a key reused for another request is
-- refused. Rows are deleted after two days (a phone keeps a report at most 24 hours).
create table idempotency_key (
    user_id         uuid         not null,
    idempotency_key varchar(255) not null,
    operation       varchar(80)  not null,
    request_hash    char(64)     not null,
    resource_id     uuid,
    created_at      timestamptz  not null default now(),
    primary key (user_id, idempotency_key)
);
create index idempotency_key_created_idx on idempotency_key (created_at);
