-- Per-token rate limit (requests per minute); null uses the platform default.
alter table api_token add column rate_limit_per_minute int check (rate_limit_per_minute between 1 and 100000);
