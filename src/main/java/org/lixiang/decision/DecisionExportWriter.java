package org.lixiang.decision;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.lixiang.base.CurrentUser;
import org.lixiang.base.Dates;
import org.lixiang.base.Messages;
import org.lixiang.base.Money;
import org.lixiang.base.Role;
import org.lixiang.export.ExportFile;
import org.lixiang.export.ExportProgress;
import org.lixiang.export.PdfReport;
import org.lixiang.export.Spreadsheet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and writes the decision exports. Each list is one SQL query over the proposal, review
 * aggregate and funding plan tables — budget totals and the latest aggregate joined in, the rank
 * by score computed by the database with the funding plan's tie rules — streamed with a fetch
 * size inside a read-only transaction, so a call of thousands of proposals is neither loaded as
 * entities nor queried once per row.
 */
@Component
class DecisionExportWriter {

    private final JdbcTemplate jdbc;
    private final Messages messages;
    private final Clock clock;

    DecisionExportWriter(DataSource dataSource, Messages messages, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(500);
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ExportFile proposals(long callId, String callName, Locale locale, ExportProgress progress) throws IOException {
        CurrentUser.requireAny(Role.OFFICER, Role.LEADER, Role.ADMIN);
        long total = jdbc.queryForObject("select count(*) from proposal where call_id = ? and status <> 'DRAFT'",
                Long.class, callId);
        try (Spreadsheet book = new Spreadsheet()) {
            Spreadsheet.Sheet sheet = book.sheet(tr(locale, "export.sheet.proposals"))
                    .widths(8, 18, 40, 28, 12, 18, 16, 18, 14, 8, 9, 9, 9, 9, 9, 9, 16, 9, 14)
                    .title(tr(locale, "export.proposals.title", callName))
                    .title(tr(locale, "export.generatedAt", Dates.format(clock.instant(), clock)))
                    .title(tr(locale, "export.proposals.rankRule"))
                    .blank()
                    .header(headers(locale, "export.col.scoreRank", "export.col.number", "export.col.title",
                            "export.col.organization", "export.col.applicant", "export.col.field", "export.col.status",
                            "export.col.submittedAt", "export.col.requested", "export.col.reviews", "export.col.score",
                            "export.col.mean", "export.col.spread", "export.col.stronglySupport", "export.col.support",
                            "export.col.notSupport", "export.col.recommendedBudget", "export.col.planRank",
                            "export.col.funded"));
            long[] done = {0};
            progress.rows(0, total);
            // row_number over the whole call, ordered as FundingPlanService ranks: score, then more
            // "strongly support", then the lower requested amount, then the earlier number
            jdbc.query("""
                    select * from (
                      select p.number, p.title, o.name as org, u.display_name, p.field, p.status, p.submitted_at,
                             coalesce(b.requested, 0) as requested, g.reviews, g.score, g.mean, g.spread,
                             g.strongly_support, g.support, g.not_support, g.mean_recommended_budget,
                             i.rank_position, i.funded_amount, i.withdrawn,
                             row_number() over (order by g.score desc nulls last, g.strongly_support desc nulls last,
                                                coalesce(b.requested, 0), p.number) as score_rank
                      from proposal p
                           join app_user u on u.id = p.applicant_id
                           left join organization o on o.id = p.organization_id
                           left join (select proposal_id, sum(requested) as requested from proposal_budget_line
                                      group by proposal_id) b on b.proposal_id = p.id
                           left join review_aggregate g on g.proposal_id = p.id
                                and g.round = (select max(h.round) from review_aggregate h where h.proposal_id = p.id)
                           left join funding_plan f on f.call_id = p.call_id
                           left join funding_plan_item i on i.plan_id = f.id and i.proposal_id = p.id
                      where p.call_id = ? and p.status <> 'DRAFT'
                    ) ranked order by score_rank""", rs -> {
                BigDecimal score = rs.getBigDecimal("score");
                Integer planRank = (Integer) rs.getObject("rank_position", Integer.class);
                boolean withdrawn = rs.getBoolean("withdrawn");
                sheet.row(score == null ? null : rs.getLong("score_rank"), rs.getString("number"), rs.getString("title"),
                        rs.getString("org"), rs.getString("display_name"),
                        rs.getString("field") == null ? null : tr(locale, "field." + rs.getString("field")),
                        tr(locale, "proposalStatus." + rs.getString("status")), time(rs.getTimestamp("submitted_at")),
                        rs.getBigDecimal("requested"), (Integer) rs.getObject("reviews", Integer.class), score,
                        rs.getBigDecimal("mean"), rs.getBigDecimal("spread"),
                        (Integer) rs.getObject("strongly_support", Integer.class),
                        (Integer) rs.getObject("support", Integer.class), (Integer) rs.getObject("not_support", Integer.class),
                        rs.getBigDecimal("mean_recommended_budget"), planRank,
                        withdrawn ? tr(locale, "export.plan.withdrawn") : rs.getBigDecimal("funded_amount"));
                if (++done[0] % 100 == 0) {
                    progress.rows(done[0], total);
                }
            }, callId);
            progress.rows(total, total);
            return new ExportFile(ExportFile.name(tr(locale, "export.file.proposals", callName), "xlsx"), ExportFile.XLSX,
                    book.toBytes());
        }
    }

    /** The plan's head: state and the envelope it must stay within. */
    private record PlanHead(long id, String status, int revision, BigDecimal envelope, BigDecimal fundedTotal,
                            String leaderComment) {
    }

    @Transactional(readOnly = true)
    public ExportFile fundingPlan(long callId, String callName, Locale locale, ExportProgress progress) throws IOException {
        CurrentUser.requireAny(Role.OFFICER, Role.LEADER, Role.ADMIN);
        PlanHead plan = jdbc.queryForObject("""
                select id, status, revision, envelope, funded_total, leader_comment from funding_plan where call_id = ?""",
                (rs, i) -> new PlanHead(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getBigDecimal(4),
                        rs.getBigDecimal(5), rs.getString(6)), callId);
        long total = jdbc.queryForObject("select count(*) from funding_plan_item where plan_id = ?", Long.class, plan.id());
        try (Spreadsheet book = new Spreadsheet()) {
            Spreadsheet.Sheet sheet = book.sheet(tr(locale, "export.sheet.plan"))
                    .widths(8, 18, 40, 28, 9, 16, 16, 16, 18)
                    .title(tr(locale, "export.plan.title", callName))
                    .title(tr(locale, "export.plan.state", tr(locale, "planStatus." + plan.status()), plan.revision()))
                    .title(tr(locale, "export.generatedAt", Dates.format(clock.instant(), clock)));
            if (plan.leaderComment() != null) {
                sheet.title(tr(locale, "export.plan.leaderComment", plan.leaderComment()));
            }
            sheet.blank().header(headers(locale, "export.col.rank", "export.col.number", "export.col.title",
                    "export.col.organization", "export.col.score", "export.col.requested", "export.col.recommended",
                    "export.col.funded", "export.col.line"));
            BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
            long[] counts = {0, 0};
            progress.rows(0, total);
            jdbc.query("""
                    select i.rank_position, p.number, p.title, o.name, i.score, i.requested, i.recommended,
                           i.funded_amount, i.withdrawn
                    from funding_plan_item i
                         join proposal p on p.id = i.proposal_id
                         left join organization o on o.id = p.organization_id
                    where i.plan_id = ? order by i.rank_position""", rs -> {
                BigDecimal requested = rs.getBigDecimal(6);
                BigDecimal recommended = rs.getBigDecimal(7);
                BigDecimal funded = rs.getBigDecimal(8);
                boolean withdrawn = rs.getBoolean(9);
                boolean above = !withdrawn && funded != null;
                sums[0] = sums[0].add(requested);
                sums[1] = sums[1].add(recommended == null ? BigDecimal.ZERO : recommended);
                if (above) {
                    sums[2] = sums[2].add(funded);
                    counts[0]++;
                }
                sheet.row(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5), requested,
                        recommended, above ? funded : null, tr(locale, withdrawn ? "export.plan.withdrawn"
                                : above ? "export.plan.aboveLine" : "export.plan.belowLine"));
                if (++counts[1] % 100 == 0) {
                    progress.rows(counts[1], total);
                }
            }, plan.id());
            // totals as plain numbers computed here: the workbook holds no formula at all
            sheet.blank()
                    .row(null, null, tr(locale, "export.plan.totals", counts[0], counts[1]), null, null, sums[0], sums[1], sums[2])
                    .row(null, null, tr(locale, "export.plan.envelope"), null, null, null, null, plan.envelope())
                    .row(null, null, tr(locale, "export.plan.remaining"), null, null, null, null,
                            plan.envelope().subtract(sums[2]));
            progress.rows(total, total);
            return new ExportFile(ExportFile.name(tr(locale, "export.file.plan", callName), "xlsx"), ExportFile.XLSX,
                    book.toBytes());
        }
    }

    @Transactional(readOnly = true)
    public ExportFile publicList(Long callId, Locale locale, ExportProgress progress) {
        CurrentUser.require();
        Instant now = clock.instant();
        // one call's list when the publicity page is filtered to a call, else all of them
        String call = callId == null ? "" : " and f.call_id = ?";
        Object[] args = callId == null ? new Object[0] : new Object[] {callId};
        long total = jdbc.queryForObject("""
                select count(*) from funding_plan f join funding_plan_item i on i.plan_id = f.id
                where f.status in ('PUBLICITY', 'FINAL') and i.funded_amount is not null and i.withdrawn = false"""
                + call, Long.class, args);
        PdfReport pdf = PdfReport.start(tr(locale, "export.publicList.title"), false);
        pdf.note(tr(locale, "export.generatedAt", Dates.format(now, clock)));
        if (total == 0) {
            pdf.paragraph(tr(locale, "export.publicList.none"));
        }
        Section[] current = {null};
        long[] done = {0};
        progress.rows(0, total);
        // only what the publicity page shows anyone: listed (funded, not withdrawn) proposals of
        // plans in publicity or final — number, title, organization, amount; no score, no expert
        jdbc.query("""
                select f.id, c.name, f.status, f.publicity_starts_at, f.publicity_ends_at,
                       i.proposal_number, i.proposal_title, i.organization_name, i.funded_amount
                from funding_plan f
                     join call_for_proposals c on c.id = f.call_id
                     join funding_plan_item i on i.plan_id = f.id
                where f.status in ('PUBLICITY', 'FINAL') and i.funded_amount is not null and i.withdrawn = false"""
                + call + " order by f.id, i.rank_position", rs -> {
            long planId = rs.getLong(1);
            if (current[0] == null || current[0].planId != planId) {
                if (current[0] != null) {
                    current[0].end(locale);
                }
                Timestamp ends = rs.getTimestamp(5);
                boolean open = "PUBLICITY".equals(rs.getString(3)) && ends != null && now.isBefore(ends.toInstant());
                pdf.heading(tr(locale, "export.publicList.call", rs.getString(2)));
                pdf.paragraph(open ? tr(locale, "export.publicList.period", time(rs.getTimestamp(4)), time(ends))
                        : tr(locale, "export.publicList.final"));
                current[0] = new Section(planId, pdf.table(headers(locale, "export.col.seq", "export.col.number",
                        "export.col.title", "export.col.organization", "export.col.fundedYuan"), 0.6f, 1.6f, 3.6f, 2.6f, 1.5f));
            }
            current[0].add(rs.getString(6), rs.getString(7), rs.getString(8), rs.getBigDecimal(9));
            if (++done[0] % 100 == 0) {
                progress.rows(done[0], total);
            }
        }, args);
        if (current[0] != null) {
            current[0].end(locale);
        }
        progress.rows(total, total);
        return new ExportFile(ExportFile.name(tr(locale, "export.file.publicList"), "pdf"), ExportFile.PDF, pdf.finish());
    }

    /** One call's list in the public PDF, with its running total. */
    private final class Section {
        private final long planId;
        private final PdfReport.Table table;
        private int count;
        private BigDecimal sum = BigDecimal.ZERO;

        Section(long planId, PdfReport.Table table) {
            this.planId = planId;
            this.table = table;
        }

        void add(String number, String title, String organization, BigDecimal amount) {
            count++;
            sum = sum.add(amount);
            table.row(String.valueOf(count), number, title, organization, new PdfReport.Amount(money(amount)));
        }

        void end(Locale locale) {
            table.row("", "", tr(locale, "export.publicList.total", count), "", new PdfReport.Amount(money(sum)));
            table.end();
        }
    }

    private String tr(Locale locale, String key, Object... args) {
        return messages.getTranslation(key, locale, args);
    }

    private List<String> headers(Locale locale, String... keys) {
        return Arrays.stream(keys).map(k -> tr(locale, k)).toList();
    }

    private String time(Timestamp t) {
        return t == null ? null : Dates.format(t.toInstant(), clock);
    }

    static String money(BigDecimal v) {
        return Money.format(v, "");
    }
}
