-- The funding plan's envelope rule and state order, enforced by the database as well.
alter table funding_plan add column envelope numeric(16, 2) default 0 not null;
alter table funding_plan add column funded_total numeric(16, 2) default 0 not null;
alter table funding_plan add constraint ck_plan_within_envelope check (funded_total <= envelope);
-- no publicity before approval, no final result before the publicity period has ended
alter table funding_plan add constraint ck_plan_publicity_after_approval
    check (publicity_starts_at is null or approved_at is not null);
alter table funding_plan add constraint ck_plan_final_after_publicity
    check (finalized_at is null or (publicity_ends_at is not null and finalized_at >= publicity_ends_at));
