-- The social team's queue reads a page at a time: open signals by deadline, closed ones newest first.
-- Partial indexes let that page come from the index instead of sorting every open signal of the corporation.
create index signal_open_queue_idx on signal (corporation_id, due_at, id) where status <> 'CLOSED';
create index signal_closed_queue_idx on signal (corporation_id, closed_at desc, id) where status = 'CLOSED';
