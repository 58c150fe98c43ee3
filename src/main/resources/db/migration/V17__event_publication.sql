-- Spring Modulith's JDBC event publication registry (schema v2 for PostgreSQL, as the library ships it): every event a
-- listener must handle is stored in the transaction that publishes it and completed when the listener has run, so
-- nothing that follows a state change (a mail, a notice) is lost when the application stops in between.
create table event_publication (
    id                     uuid        not null primary key,
    listener_id            text        not null,
    event_type             text        not null,
    serialized_event       text        not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
