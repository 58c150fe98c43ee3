-- Module privacy: how long personal data is kept (DOMAIN_RULES §6, §9), from a day on; the nightly job applies the
-- setting valid on its day. The first one holds the platform's rules.
create table retention_setting (
    valid_from          date primary key,
    participation_years int         not null check (participation_years between 1 and 10),
    payment_years       int         not null check (payment_years between 7 and 20),
    invitation_days     int         not null check (invitation_days between 1 and 365),
    audit_years         int         not null check (audit_years between 1 and 10),
    updated_at          timestamptz not null default now()
);
insert into retention_setting (valid_from, participation_years, payment_years, invitation_days, audit_years) values ('2000-01-01', 2, 7, 30, 5);
