-- A call's results are recorded in one step when its publicity ends; each proposal (its status,
-- its process, its applicant) is then told in steps of a bounded size, each its own transaction
-- (DecisionSteps.announceResults), so a provincial call of 10,000 proposals is never one
-- transaction. announced_at: when the proposal was told; null = still to do.
alter table proposal_result add column announced_at timestamp with time zone;
update proposal_result set announced_at = finalized_at;
