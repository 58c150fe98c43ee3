-- Module worklist: what a user is told (the bell), how they want to hear of each kind by mail, and the digest.
-- A notification names only a kind, a project and a page, never the content of a signal, a referral or a household.
create table notification (
    id             uuid primary key,
    user_id        uuid         not null references app_user (id),
    kind           varchar(40)  not null,
    -- The event it came from (its type and record): an event delivered twice notifies once.
    source         varchar(120) not null,
    project_id     uuid,
    place          varchar(160),
    url            varchar(300) not null,
    created_at     timestamptz  not null default now(),
    read_at        timestamptz,
    -- Set while the notification waits for the user's daily digest; cleared when the digest is written.
    digest_pending boolean      not null default false,
    constraint notification_once_uq unique (user_id, source)
);
create index notification_user_idx on notification (user_id, created_at desc);
create index notification_unread_idx on notification (user_id) where read_at is null;
create index notification_digest_idx on notification (user_id) where digest_pending;

create table notification_preference (
    user_id  uuid        not null references app_user (id),
    kind     varchar(40) not null,
    delivery varchar(10) not null,
    primary key (user_id, kind),
    constraint notification_preference_delivery_ck check (delivery in ('IMMEDIATE', 'DAILY', 'OFF'))
);

-- The reference in a mail's unsubscribe link: random, not the user's id; the link is also signed.
create table notification_subscriber (
    user_id  uuid primary key references app_user (id),
    mail_key char(32) not null unique
);
