--liquibase formatted sql

--changeset alshub:012-audit-door
-- Changes are now recorded by the control services themselves (an interceptor), whichever way they
-- came in: the door (API, PAGE, LINK, JOB, EMAIL, SYSTEM), the service operation and the record.
-- Older rows keep their HTTP status and read as the API's.
alter table audit_entry add column door varchar(10);
alter table audit_entry add column operation varchar(100);
alter table audit_entry add column record_id varchar(40);
