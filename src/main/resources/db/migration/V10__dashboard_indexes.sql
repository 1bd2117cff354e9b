-- The dashboard's aggregates over one call (tracking.DashboardQueries, workflow.ProcessHistory),
-- each answered from an index without reading the proposal rows: a call of 10,000 proposals
-- opens in well under a second. Portable SQL (PostgreSQL and H2 in its default mode).

-- proposals by field and by organization, counted per status
create index ix_proposal_call_field on proposal (call_id, field, status);
create index ix_proposal_call_organization on proposal (call_id, organization_id, status);
-- the call's process instances, joined to the engine's task history for the time per step
create index ix_proposal_call_process on proposal (call_id, process_instance_id);
-- review progress: open, overdue (due_at), declined and submitted assignments of the call's proposals
create index ix_review_assignment_progress on review_assignment (proposal_id, status, due_at);
