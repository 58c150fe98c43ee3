-- The project page lists a project's dwellings 25 at a time in address order. With the whole order in the
-- index the page is read straight from it (no sort of all the project's dwellings for every page view).
create index dwelling_project_address_idx
    on dwelling (project_id, straatnaam, huisnummer, huisletter nulls first, huisnummer_toevoeging nulls first);
drop index dwelling_project_idx;
