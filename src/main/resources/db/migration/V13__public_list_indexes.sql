-- The public funding list (公示名单, decision.PublicList), paged in the database: newest publicity
-- first, then by proposal number. Portable SQL (PostgreSQL, H2). docs/performance.md, "Big lists".

-- Each plan item keeps its proposal's number (fixed since submission), as it keeps the score and
-- the amounts: a page is then chosen from the plan items alone and only its rows read their
-- proposal (title, organization). Ordered by a column of proposal, every page joined every listed
-- item of every call with the proposal table first (a sequential scan of 100,000 proposals).
alter table funding_plan_item add column proposal_number varchar(20);
update funding_plan_item set proposal_number = (select p.number from proposal p where p.id = funding_plan_item.proposal_id);
alter table funding_plan_item alter column proposal_number set not null;

-- A plan's listed items (not withdrawn, funded) with their number and proposal, read from the index
-- alone; without it, every page and count read all items of all plans, most below the funding line.
create index ix_funding_plan_item_listed on funding_plan_item (plan_id, withdrawn, proposal_number, funded_amount, proposal_id);

-- The plans in the list's order (newest publicity first): over all calls the database then sorts
-- one plan's items at a time and stops at the end of the page (an incremental sort), so the first
-- page costs the newest list, not every list ever published.
create index ix_funding_plan_publicity on funding_plan (publicity_starts_at, id);
