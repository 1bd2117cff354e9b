package org.lixiang.tracking;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.lixiang.base.ResearchField;
import org.lixiang.proposal.ProposalStatus;
import org.lixiang.tracking.DashboardFigures.Amounts;
import org.lixiang.tracking.DashboardFigures.FieldCount;
import org.lixiang.tracking.DashboardFigures.OrganizationCount;
import org.lixiang.tracking.DashboardFigures.ReviewProgress;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The dashboard's aggregate queries: plain SQL over the tables of calls, proposals, reviews and
 * decisions, each a GROUP BY or a SUM, so a call of 10,000 proposals costs a handful of index scans
 * and never a row per proposal in memory. A read model: it writes nothing, and the features keep
 * owning their tables. Each query is scoped to one call or, with a null call, to all of them.
 */
@Component
class DashboardQueries {

    /** Proposals the applicant has submitted at least once and not taken back. */
    private static final String SUBMITTED = "p.status <> 'DRAFT'";
    private static final String PASSED = "p.status in ('EXPERT_REVIEW', 'REVIEWED', 'OPINION_GIVEN', 'APPROVED', 'NOT_APPROVED')";
    /** The largest number of organizations listed; a province's call has a few hundred. */
    static final int MAX_ORGANIZATIONS = 200;

    private final JdbcTemplate jdbc;

    DashboardQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Published calls, newest first, for the call selector. */
    List<Dashboard.CallOption> calls() {
        return jdbc.query("""
                select c.id, c.name, c.call_year from call_for_proposals c where c.status = 'PUBLISHED'
                order by c.opens_at desc, c.id desc""",
                (rs, i) -> new Dashboard.CallOption(rs.getLong(1), rs.getString(2), rs.getInt(3)));
    }

    Map<ProposalStatus, Long> byStatus(Long callId) {
        Map<ProposalStatus, Long> counts = new EnumMap<>(ProposalStatus.class);
        jdbc.query("select p.status, count(*) from proposal p where 1 = 1" + scope("p.call_id", callId)
                        + " group by p.status",
                rs -> {
                    counts.put(ProposalStatus.valueOf(rs.getString(1)), rs.getLong(2));
                }, args(callId));
        return counts;
    }

    ReviewProgress reviews(Long callId, Instant now) {
        Timestamp at = Timestamp.from(now);
        List<Object> args = new ArrayList<>(List.of(at, at));
        args.addAll(List.of(args(callId)));
        return jdbc.queryForObject("""
                select coalesce(sum(case when a.status = 'SUBMITTED' then 1 else 0 end), 0),
                       coalesce(sum(case when a.status in ('INVITED', 'ACCEPTED')
                                          and (a.due_at is null or a.due_at >= ?) then 1 else 0 end), 0),
                       coalesce(sum(case when a.status in ('INVITED', 'ACCEPTED') and a.due_at < ? then 1 else 0 end), 0),
                       coalesce(sum(case when a.status = 'DECLINED' then 1 else 0 end), 0),
                       coalesce(sum(case when a.status = 'DRAWN' then 1 else 0 end), 0)
                from review_assignment a join proposal p on p.id = a.proposal_id where 1 = 1"""
                        + scope("p.call_id", callId),
                (rs, i) -> new ReviewProgress(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)),
                args.toArray());
    }

    /** Five sums in one round trip, each a scalar subquery over its own table. */
    Amounts amounts(Long callId) {
        String envelope = callId == null
                ? "select coalesce(sum(c.envelope), 0) from call_for_proposals c where c.status = 'PUBLISHED'"
                : "select coalesce(sum(c.envelope), 0) from call_for_proposals c where c.id = ?";
        String sql = "select (" + envelope + "), "
                + "(select coalesce(sum(b.requested), 0) from proposal_budget_line b join proposal p on p.id = b.proposal_id"
                + " where " + SUBMITTED + scope("p.call_id", callId) + "), "
                // the experts' mean recommendation of each proposal's latest review round
                + "(select coalesce(sum(g.mean_recommended_budget), 0) from review_aggregate g join proposal p on p.id = g.proposal_id"
                + " where g.round = (select max(h.round) from review_aggregate h where h.proposal_id = g.proposal_id)"
                + scope("p.call_id", callId) + "), "
                + "(select coalesce(sum(i.funded_amount), 0) from funding_plan_item i join funding_plan f on f.id = i.plan_id"
                + " where i.withdrawn = false" + scope("f.call_id", callId) + "), "
                + "(select coalesce(sum(r.funded_amount), 0) from proposal_result r join proposal p on p.id = r.proposal_id"
                + " where r.approved = true" + scope("p.call_id", callId) + ")";
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < 5 && callId != null; i++) {
            args.add(callId);
        }
        return jdbc.queryForObject(sql, (rs, i) -> new Amounts(amount(rs.getBigDecimal(1)), amount(rs.getBigDecimal(2)),
                amount(rs.getBigDecimal(3)), amount(rs.getBigDecimal(4)), amount(rs.getBigDecimal(5))), args.toArray());
    }

    List<FieldCount> byField(Long callId) {
        return jdbc.query("select p.field, count(*), coalesce(sum(case when " + PASSED + " then 1 else 0 end), 0),"
                        + " coalesce(sum(case when p.status = 'APPROVED' then 1 else 0 end), 0)"
                        + " from proposal p where " + SUBMITTED + scope("p.call_id", callId)
                        + " group by p.field order by count(*) desc, p.field",
                (rs, i) -> new FieldCount(rs.getString(1) == null ? null : ResearchField.valueOf(rs.getString(1)),
                        rs.getLong(2), rs.getLong(3), rs.getLong(4)), args(callId));
    }

    /** The organizations with the most submitted proposals first (at most {@link #MAX_ORGANIZATIONS}). */
    List<OrganizationCount> byOrganization(Long callId) {
        return jdbc.query("select o.id, o.name, count(*), coalesce(sum(case when p.status = 'APPROVED' then 1 else 0 end), 0)"
                        + " from proposal p left join organization o on o.id = p.organization_id"
                        + " where " + SUBMITTED + scope("p.call_id", callId)
                        + " group by o.id, o.name order by count(*) desc, o.name"
                        + " fetch first " + MAX_ORGANIZATIONS + " rows only",
                (rs, i) -> new OrganizationCount(rs.getString(2), rs.getLong(3), rs.getLong(4)), args(callId));
    }

    private static String scope(String column, Long callId) {
        return callId == null ? "" : " and " + column + " = ?";
    }

    private static Object[] args(Long callId) {
        return callId == null ? new Object[0] : new Object[] {callId};
    }

    private static BigDecimal amount(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value.setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
