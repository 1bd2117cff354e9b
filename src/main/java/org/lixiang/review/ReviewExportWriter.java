package org.lixiang.review;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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
import org.lixiang.proposal.ReviewFacts;
import org.lixiang.proposal.ProposalDirectory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and writes the review exports. The rows come from aggregate SQL over the review tables
 * (joined with the proposal and the expert's name), streamed with a fetch size inside a read-only
 * transaction, so a call with thousands of assignments is one query and never sits in memory as
 * entities.
 */
@Component
class ReviewExportWriter {

    /** Assignments that reached an expert: drawn-but-unconfirmed and removed ones never did. */
    private static final String INVITED = "('INVITED', 'ACCEPTED', 'DECLINED', 'SUBMITTED', 'REPLACED')";

    private final JdbcTemplate jdbc;
    private final Messages messages;
    private final ProposalDirectory proposals;
    private final ReviewAggregateRepository aggregates;
    private final Clock clock;

    ReviewExportWriter(DataSource dataSource, Messages messages, ProposalDirectory proposals,
                       ReviewAggregateRepository aggregates, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(500);
        this.messages = messages;
        this.proposals = proposals;
        this.aggregates = aggregates;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ExportFile progress(long callId, String callName, Locale locale, ExportProgress progress) throws IOException {
        CurrentUser.requireAny(Role.OFFICER, Role.LEADER, Role.ADMIN);
        Instant now = clock.instant();
        long total = jdbc.queryForObject("select count(*) from review_assignment a join proposal p on p.id = a.proposal_id"
                + " where p.call_id = ? and a.status in " + INVITED, Long.class, callId);
        try (Spreadsheet book = new Spreadsheet()) {
            Spreadsheet.Sheet proposalSheet = book.sheet(tr(locale, "export.sheet.proposals"))
                    .widths(18, 40, 14, 10, 10, 10, 10, 18, 10, 10)
                    .title(tr(locale, "export.progress.title", callName))
                    .title(tr(locale, "export.generatedAt", Dates.format(now, clock)))
                    .blank()
                    .header(headers(locale, "export.col.number", "export.col.title", "export.col.status",
                            "export.col.submittedReviews", "export.col.openReviews", "export.col.overdueReviews",
                            "export.col.declinedReviews", "export.col.nextDue", "export.col.score", "export.col.divergent"));
            jdbc.query("""
                    select p.number, p.title, p.status,
                           sum(case when a.status = 'SUBMITTED' then 1 else 0 end),
                           sum(case when a.status in ('INVITED', 'ACCEPTED') then 1 else 0 end),
                           sum(case when a.status in ('INVITED', 'ACCEPTED') and a.due_at < ? then 1 else 0 end),
                           sum(case when a.status = 'DECLINED' then 1 else 0 end),
                           min(case when a.status in ('INVITED', 'ACCEPTED') then a.due_at end),
                           g.score, g.divergent
                    from proposal p
                         join review_assignment a on a.proposal_id = p.id
                         left join review_aggregate g on g.proposal_id = p.id
                              and g.round = (select max(h.round) from review_aggregate h where h.proposal_id = p.id)
                    where p.call_id = ? and a.status in %s
                    group by p.id, p.number, p.title, p.status, g.score, g.divergent
                    order by p.number""".formatted(INVITED), rs -> {
                proposalSheet.row(rs.getString(1), rs.getString(2), tr(locale, "proposalStatus." + rs.getString(3)),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), time(rs, 8), rs.getBigDecimal(9),
                        rs.getObject(10) == null ? null : tr(locale, rs.getBoolean(10) ? "export.yes" : "export.no"));
            }, Timestamp.from(now), callId);

            Spreadsheet.Sheet experts = book.sheet(tr(locale, "export.sheet.experts"))
                    .widths(18, 40, 14, 14, 8, 18, 18, 18, 18, 10, 30)
                    .header(headers(locale, "export.col.number", "export.col.title", "export.col.expert",
                            "export.col.status", "export.col.round", "export.col.invitedAt", "export.col.dueAt",
                            "export.col.respondedAt", "export.col.submittedAt", "export.col.overdue",
                            "export.col.declineReason"));
            long[] done = {0};
            progress.rows(0, total);
            jdbc.query("""
                    select p.number, p.title, u.display_name, a.status, a.round, a.created_at, a.due_at,
                           a.responded_at, r.submitted_at, a.decline_reason
                    from review_assignment a
                         join proposal p on p.id = a.proposal_id
                         join app_user u on u.id = a.expert_id
                         left join review r on r.assignment_id = a.id
                    where p.call_id = ? and a.status in %s
                    order by p.number, a.id""".formatted(INVITED), rs -> {
                String status = rs.getString(4);
                Timestamp due = rs.getTimestamp(7);
                boolean overdue = ("INVITED".equals(status) || "ACCEPTED".equals(status)) && due != null
                        && due.toInstant().isBefore(now);
                experts.row(rs.getString(1), rs.getString(2), rs.getString(3), tr(locale, "assignmentStatus." + status),
                        rs.getInt(5), time(rs, 6), time(rs, 7), time(rs, 8), time(rs, 9),
                        tr(locale, overdue ? "export.yes" : "export.no"), rs.getString(10));
                if (++done[0] % 100 == 0) {
                    progress.rows(done[0], total);
                }
            }, callId);
            progress.rows(total, total);
            return new ExportFile(ExportFile.name(tr(locale, "export.file.progress", callName), "xlsx"), ExportFile.XLSX,
                    book.toBytes());
        }
    }

    /** One submitted review with the expert's name, for the bureau's summary. */
    private record ReviewLine(String expert, BigDecimal total, String recommendation, BigDecimal budget,
                              String toApplicant, String toBureau, Instant submittedAt) {
    }

    @Transactional(readOnly = true)
    public ExportFile summary(long proposalId, Locale locale, ExportProgress progress) {
        CurrentUser.requireAny(Role.OFFICER, Role.LEADER, Role.ADMIN);
        ReviewFacts facts = proposals.facts(proposalId);
        AggregateView g = aggregates.findFirstByProposalIdOrderByRoundDesc(proposalId).map(ReviewAggregate::toView)
                .orElse(null);
        List<ReviewLine> reviews = jdbc.query("""
                select u.display_name, r.weighted_total, r.recommendation, r.recommended_budget,
                       r.comment_to_applicant, r.comment_to_bureau, r.submitted_at
                from review r join app_user u on u.id = r.expert_id
                where r.proposal_id = ? and r.status = 'SUBMITTED'
                order by r.submitted_at, r.id""", (rs, i) -> new ReviewLine(rs.getString(1), rs.getBigDecimal(2),
                rs.getString(3), rs.getBigDecimal(4), rs.getString(5), rs.getString(6),
                rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()), proposalId);
        PdfReport pdf = PdfReport.start(tr(locale, "export.summary.title"), false);
        List<String[]> head = new ArrayList<>();
        head.add(new String[] {tr(locale, "export.col.number"), facts.number()});
        head.add(new String[] {tr(locale, "export.col.title"), facts.title()});
        head.add(new String[] {tr(locale, "export.col.organization"), nz(facts.applicantOrganization())});
        head.add(new String[] {tr(locale, "export.col.applicant"), nz(facts.applicantName())});
        head.add(new String[] {tr(locale, "export.col.field"), tr(locale, facts.field().labelKey())});
        pdf.facts(head);
        pdf.heading(tr(locale, "export.summary.aggregate"));
        if (g == null) {
            pdf.paragraph(tr(locale, "export.summary.noAggregate"));
        } else {
            List<String[]> numbers = new ArrayList<>();
            numbers.add(new String[] {tr(locale, "export.col.score"), g.score().toPlainString()});
            numbers.add(new String[] {tr(locale, "export.summary.rule"),
                    tr(locale, "aggregation." + g.ruleApplied()) + " · " + tr(locale, "export.summary.reviews", g.reviews())});
            numbers.add(new String[] {tr(locale, "export.summary.mean"), g.mean().toPlainString()});
            numbers.add(new String[] {tr(locale, "export.summary.deviation"), g.standardDeviation().toPlainString()});
            numbers.add(new String[] {tr(locale, "export.summary.spread"), g.spread().toPlainString()
                    + (g.divergent() ? " · " + tr(locale, "export.summary.divergent") : "")});
            numbers.add(new String[] {tr(locale, "export.summary.recommendations"),
                    tr(locale, "export.summary.recommendationCounts", g.stronglySupport(), g.support(), g.notSupport())});
            numbers.add(new String[] {tr(locale, "export.summary.budget"), tr(locale, "export.summary.budgetLine",
                    money(g.meanRecommendedBudget()), money(facts.requestedTotal()))});
            pdf.facts(numbers);
        }
        pdf.heading(tr(locale, "export.summary.reviewsHeading"));
        PdfReport.Table table = pdf.table(headers(locale, "export.col.expert", "export.col.total",
                "export.col.recommendation", "export.col.recommendedBudget", "export.col.submittedAt"), 2, 1, 1.4f, 1.5f, 1.8f);
        for (ReviewLine r : reviews) {
            table.row(r.expert(), amount(r.total()), r.recommendation() == null ? "" : tr(locale, "recommendation." + r.recommendation()),
                    new PdfReport.Amount(money(r.budget())), Dates.format(r.submittedAt(), clock));
        }
        table.end();
        pdf.heading(tr(locale, "export.summary.comments"));
        for (ReviewLine r : reviews) {
            pdf.paragraph(r.expert());
            pdf.paragraph(tr(locale, "export.summary.toApplicant", nz(r.toApplicant())));
            pdf.paragraph(tr(locale, "export.summary.toBureau", nz(r.toBureau())));
        }
        pdf.note(tr(locale, "export.summary.confidential"));
        pdf.note(tr(locale, "export.generatedAt", Dates.format(clock.instant(), clock)));
        progress.rows(1, 1);
        return new ExportFile(ExportFile.name(tr(locale, "export.file.summary", facts.number()), "pdf"), ExportFile.PDF,
                pdf.finish());
    }

    private String tr(Locale locale, String key, Object... args) {
        return messages.getTranslation(key, locale, args);
    }

    private List<String> headers(Locale locale, String... keys) {
        return java.util.Arrays.stream(keys).map(k -> tr(locale, k)).toList();
    }

    private String time(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : Dates.format(t.toInstant(), clock);
    }

    private static PdfReport.Amount amount(BigDecimal v) {
        return new PdfReport.Amount(v == null ? "" : v.toPlainString());
    }

    static String money(BigDecimal v) {
        return Money.format(v, "—");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
