-- A failed contact attempt sets the date on which the social team tries again (issue 16: the step "contact attempt
-- failed, try again on date").
alter table signal add column retry_on date;
