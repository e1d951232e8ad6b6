--liquibase formatted sql

--changeset alshub:014-toolkit-unpublished
-- A facilitator takes a tool or case study out of the public toolkit without losing it or its
-- feedback; null while it is published. Nullable, so the release before this one runs on it too.
alter table toolkit_entry add column unpublished_at timestamp;

--changeset alshub:014-trial-ended
-- A channel trial a facilitator has ended: it takes no more answers and its report is final.
alter table channel_trial add column ended_at timestamp;
