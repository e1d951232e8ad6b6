--liquibase formatted sql

--changeset alshub:007-rsvp-member
-- A member's private feed reads all their answers in one statement.
create index rsvp_member on rsvp(member_id);

--changeset alshub:007-challenge-raised-by
-- "My challenges": those I raised, found without reading every challenge.
create index challenge_raised_by on challenge(raised_by);

--changeset alshub:007-action-owner-due
-- An owner's actions soonest due first ("my actions", the tracker by owner) in index order.
create index action_item_owner_due on action_item(owner_id, due_date, id);

--changeset alshub:007-action-project
-- The tracker's department filter and its counts by status: a department's projects' actions.
create index action_item_project on action_item(project_id, status);

--changeset alshub:007-project-department dbms:derby
-- The department filter ignores case. Derby cannot index an expression, so a generated column
-- holds the lower-cased name and is indexed; the app never writes it.
alter table project add column department_key varchar(200) generated always as (lower(department));
create index project_department on project(department_key);

--changeset alshub:007-project-department-postgresql dbms:postgresql
-- The same column for PostgreSQL, which wants STORED (a word Derby refuses).
alter table project add column department_key varchar(200) generated always as (lower(department)) stored;
create index project_department on project(department_key);

--changeset alshub:007-workshop-upcoming
-- Upcoming workshops soonest first, and their count: the range not yet over, with start and id,
-- read from this index alone; only the page's rows are then fetched.
create index workshop_upcoming on workshop(ends_at_utc, starts_at_utc, id);
