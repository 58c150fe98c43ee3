-- The invalid rows of an import as the file had them (its header, its values, the line last), so the user gets back
-- the rows to correct with the reason beside them. Kept with the job, like its problems.
alter table import_job add column invalid_file text;
