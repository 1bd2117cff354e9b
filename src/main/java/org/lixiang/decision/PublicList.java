package org.lixiang.decision;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.lixiang.base.CurrentUser;
import org.lixiang.base.SearchText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public funding lists (公示名单) anyone logged in may read: the listed proposals (funded, not
 * withdrawn) of every plan in publicity or final, newest publicity first, then by number — paged
 * in the database, one query for a page and one for the count, never a row per proposal.
 *
 * <p>A read model in plain SQL over the decision's own tables and the call's name: each plan item
 * keeps the proposal's number, title and organization, which are fixed before it is ranked (V13,
 * V15), as the public-list PDF reads them; so it needs none of {@code ProposalDirectory}'s
 * bureau-only reads and no system context.
 */
@Service
public class PublicList {

    /** A listed proposal as the public list shows it: title, organization, amount, the plan's period. */
    public record Listed(long planId, long proposalId, String callName, String number, String title,
                         String organization, BigDecimal amount, Instant publicityEndsAt, boolean open) {
    }

    /** What the list is narrowed to: one call (null = all) and a search over number, title and organization. */
    public record Filter(Long callId, String text) {
        public static final Filter ALL = new Filter(null, "");
    }

    /** A call that has a public list, for the call filter. */
    public record CallOption(long callId, String name) {
    }

    static final int MAX_PAGE = 500;

    private static final String LISTED = "f.status in ('PUBLICITY', 'FINAL') and i.funded_amount is not null and i.withdrawn = false";
    private static final String SEARCH = " and (lower(i.proposal_number) like ? escape '\\'"
            + " or lower(i.proposal_title) like ? escape '\\' or lower(i.organization_name) like ? escape '\\')";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    PublicList(DataSource dataSource, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
    }

    /** One page of the list: calls with the newest publicity first, then by proposal number. */
    @Transactional(readOnly = true)
    public List<Listed> page(Filter filter, int offset, int limit) {
        CurrentUser.require();
        Instant now = clock.instant();
        List<Object> args = new ArrayList<>();
        String from = from(filter, args);
        args.add(Math.max(1, Math.min(limit, MAX_PAGE)));
        args.add(Math.max(0, offset));
        // the page is chosen from the plan items' index (their number is on them, V13) and only its
        // rows read the rest of their item (title and organization, V15) and their call: the first
        // page costs one list, not all of them; a search reads the items' own copies, no proposal
        String sql = "select l.plan_id, l.proposal_id, c.name, l.proposal_number, t.proposal_title, t.organization_name,"
                + " l.funded_amount, l.status, l.publicity_ends_at from (select f.id as plan_id, f.call_id, f.status,"
                + " f.publicity_starts_at, f.publicity_ends_at, i.proposal_id, i.proposal_number, i.funded_amount"
                + from + " order by f.publicity_starts_at desc, f.id desc, i.proposal_number limit ? offset ?) l"
                + " join funding_plan_item t on t.plan_id = l.plan_id and t.proposal_id = l.proposal_id"
                + " join call_for_proposals c on c.id = l.call_id"
                + " order by l.publicity_starts_at desc, l.plan_id desc, l.proposal_number";
        return jdbc.query(sql, (rs, n) -> {
            Timestamp ends = rs.getTimestamp(9);
            Instant endsAt = ends == null ? null : ends.toInstant();
            boolean open = PlanStatus.PUBLICITY.name().equals(rs.getString(8)) && endsAt != null && now.isBefore(endsAt);
            return new Listed(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), rs.getBigDecimal(7), endsAt, open);
        }, args.toArray());
    }

    /** How many rows the filter leaves (what the grid scrolls through). */
    @Transactional(readOnly = true)
    public long count(Filter filter) {
        CurrentUser.require();
        List<Object> args = new ArrayList<>();
        return jdbc.queryForObject("select count(*)" + from(filter, args), Long.class, args.toArray());
    }

    /** The calls that have a public list (in publicity or final), newest publicity first. */
    @Transactional(readOnly = true)
    public List<CallOption> calls() {
        CurrentUser.require();
        return jdbc.query("""
                select c.id, c.name from funding_plan f join call_for_proposals c on c.id = f.call_id
                where f.status in ('PUBLICITY', 'FINAL')
                order by f.publicity_starts_at desc, f.id desc""", (rs, n) -> new CallOption(rs.getLong(1), rs.getString(2)));
    }

    /**
     * The listed plan items the filter leaves, with their plan, as a FROM and WHERE clause,
     * its arguments added to {@code args}. A "contains" search can use no index; it reads the plan
     * items' own copies of number, title and organization, so it tests listed rows only and never
     * reads a proposal.
     */
    private static String from(Filter filter, List<Object> args) {
        String text = filter == null ? "" : SearchText.containsPattern(filter.text());
        StringBuilder sql = new StringBuilder(" from funding_plan f join funding_plan_item i on i.plan_id = f.id where ")
                .append(LISTED);
        if (filter != null && filter.callId() != null) {
            sql.append(" and f.call_id = ?");
            args.add(filter.callId());
        }
        if (!text.isEmpty()) {
            sql.append(SEARCH);
            args.add(text);
            args.add(text);
            args.add(text);
        }
        return sql.toString();
    }
}
