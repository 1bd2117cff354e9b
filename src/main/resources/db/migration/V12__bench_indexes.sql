-- Indexes the benchmarks asked for (docs/performance.md, "Big lists"); portable SQL (PostgreSQL, H2).

-- The formal-review queue's call picker counts the proposals waiting in each call
-- (where status in (...) group by call): without this index PostgreSQL reads the whole
-- proposal table; with it, only the waiting proposals' index entries (an index-only scan).
create index ix_proposal_status_call on proposal (status, call_id);
