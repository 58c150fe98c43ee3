-- Requests per API token per clock minute, counted in PostgreSQL so that any number of instances share one limit.
-- max_used is the token's limit, read once per window. The key is the token's SHA-256, never the token; windows older than a minute are deleted as the clock moves on.
create table api_rate_window (
    token_hash text   not null,
    minute     bigint not null,
    used       int    not null,
    max_used   int    not null,
    primary key (token_hash, minute)
);
