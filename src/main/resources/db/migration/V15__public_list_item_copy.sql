-- The public funding list (公示名单, decision.PublicList, and its PDF) shows and searches each listed
-- proposal's title and organization. Both are fixed before a proposal is ranked (its content can
-- change only while it is a draft or returned for revision, and organizations are never renamed),
-- so the plan item keeps them, as it keeps the number (V13): a search over all calls then reads the
-- plan items alone. Before, it joined every listed item of every call with the proposal and
-- organization tables: at 100,000 proposals a sequential scan of proposal, 205 ms in the database
-- for a searched page and its count (docs/performance.md, "Big lists"). Portable SQL (PostgreSQL, H2).
alter table funding_plan_item add column proposal_title varchar(200);
alter table funding_plan_item add column organization_name varchar(200);
update funding_plan_item set
    proposal_title = (select coalesce(p.title, '') from proposal p where p.id = funding_plan_item.proposal_id),
    organization_name = (select o.name from proposal p join organization o on o.id = p.organization_id
                         where p.id = funding_plan_item.proposal_id);
alter table funding_plan_item alter column proposal_title set not null;
