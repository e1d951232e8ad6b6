--liquibase formatted sql

--changeset alshub:010-accounts-version
-- Each instance remembers recent sign-ins for a few minutes; this version, bumped after a password,
-- email or account is changed or erased, tells every instance to check the password again.
insert into data_version (name, version) values ('accounts', 0);

--changeset alshub:010-text-index-version
-- Search answers are kept until the full-text index changes, on any instance.
insert into data_version (name, version) values ('text-index', 0);
