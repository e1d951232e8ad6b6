--liquibase formatted sql

--changeset alshub:006-data-version
-- A counter per kind of cached data, bumped after each committed change, so every instance sharing
-- the database sees that its cached rendering is old. Plain integers: no typed literals differ
-- between Derby and PostgreSQL.
create table data_version (
    name varchar(40) not null primary key,
    version bigint not null
);
insert into data_version (name, version) values ('workshops', 0);

--changeset alshub:006-job-lease
-- Which instance may run a scheduled job until when (epoch milliseconds), so each runs once per cluster
create table job_lease (
    name varchar(40) not null primary key,
    holder varchar(100) not null,
    until_ms bigint not null
);
insert into job_lease (name, holder, until_ms) values ('guest-retention', '-', 0);
insert into job_lease (name, holder, until_ms) values ('series-horizon', '-', 0);
