-- The audit trail records what an edit changed, field by field (JSON list of field, before, after),
-- and is searched by officers by time, actor, action and object; newest first (by id).
alter table audit_entry add column changes varchar(20000);

create index ix_audit_entry_time on audit_entry (occurred_at);
create index ix_audit_entry_actor on audit_entry (actor_name, id);
