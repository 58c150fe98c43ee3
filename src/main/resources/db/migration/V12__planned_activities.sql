-- An activity can be planned before it is held (a practice copied into a project brings its clean-up day along):
-- a planned activity has no attendance yet and does not count in any figure until it is recorded as held.
alter table activity add column status varchar(10) not null default 'HELD'; -- PLANNED or HELD
create index activity_planned_idx on activity (project_id) where status = 'PLANNED';

-- A practice's template can be an activity too, copied as a planned activity of that type.
alter table practice_template add column activity_type varchar(30);
