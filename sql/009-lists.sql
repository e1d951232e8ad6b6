--liquibase formatted sql

--changeset alshub:009-workshop-by-start
-- The upcoming list walks workshops by start from a week ago (the longest a workshop lasts), in
-- index order, checks the end time from the index too, and stops after one page: no sort.
create index workshop_by_start on workshop(starts_at_utc, id, ends_at_utc);

--changeset alshub:009-actions-version
-- The tracker's counts by status are kept per filter until an action or a project changes.
insert into data_version (name, version) values ('actions', 0);

--changeset alshub:009-action-department
-- The tracker's department filter: each action carries its project's lower-cased department, kept
-- by the app when an action is agreed or its project changes department, so a page of a
-- department's actions soonest due is read from an index in order, without joining 50,000 rows
-- of a national department and sorting them on each request.
alter table action_item add column department_key varchar(200);
update action_item set department_key = (select p.department_key from project p where p.id = action_item.project_id)
    where project_id is not null;
create index action_item_department_status on action_item(department_key, status, due_date, id);
create index action_item_department_due on action_item(department_key, due_date, id);

--changeset alshub:009-workshop-by-start-desc
-- The past list, latest first, the same way from the other end.
create index workshop_by_start_desc on workshop(starts_at_utc desc, id desc, ends_at_utc);
