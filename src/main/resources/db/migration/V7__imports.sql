-- Module importer: uploaded dwelling files, their preview and their background run.
create table import_job (
    id             uuid primary key,
    project_id     uuid         not null references project (id),
    user_id        uuid         not null references app_user (id),
    filename       varchar(200) not null,
    status         varchar(20)  not null, -- PREVIEWED, RUNNING, DONE, FAILED, INTERRUPTED
    total_rows     int          not null default 0,
    processed_rows int          not null default 0,
    new_rows       int          not null default 0,
    changed_rows   int          not null default 0,
    unchanged_rows int          not null default 0,
    invalid_rows   int          not null default 0,
    problems       text, -- the invalid rows as CSV (line;field;message) to fix and re-upload
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now(), -- progress heartbeat of a running import
    finished_at    timestamptz
);
create index import_job_project_idx on import_job (project_id, created_at desc);

-- The uploaded file in 1 MB pieces, written and read as a stream; deleted when the run is done.
create table import_chunk (
    job_id uuid  not null references import_job (id) on delete cascade,
    seq    int   not null,
    data   bytea not null,
    primary key (job_id, seq)
);
