--liquibase formatted sql

--changeset alshub:008-sign-in-failure
-- Failed sign-ins per account and per address, when several instances share this database
-- (als.cluster), so guesses spread over the instances add up; one instance counts in memory.
-- subject is a SHA-256 digest of the email or address, not the thing itself. Times are epoch
-- milliseconds in plain integers, which Derby and PostgreSQL take alike; 0 is no lock.
create table sign_in_failure (
    kind varchar(10) not null,
    subject varchar(64) not null,
    failures integer not null,
    first_ms bigint not null,
    locked_until_ms bigint not null,
    last_ms bigint not null,
    primary key (kind, subject)
);
