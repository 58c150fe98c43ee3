-- Module project: who opened which household, when (DOMAIN_RULES §9; like the signal access log). The tenant sees the
-- reads of their own household, the corporation's coordinator those of the corporation.
create table household_read (
    id             bigserial primary key,
    corporation_id uuid        not null references organisation (id),
    dwelling_id    uuid        not null references dwelling (id),
    user_id        uuid        not null references app_user (id),
    read_at        timestamptz not null default now()
);
create index household_read_dwelling_idx on household_read (dwelling_id, read_at desc);
create index household_read_corporation_idx on household_read (corporation_id, read_at desc);
