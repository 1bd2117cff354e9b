package org.lixiang.bench;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import org.lixiang.base.ResearchField;
import org.lixiang.call.AggregationRule;
import org.lixiang.call.CallCriterion;
import org.lixiang.call.CallDraft;
import org.lixiang.call.Programme;
import org.lixiang.proposal.FormalDecision;
import org.lixiang.proposal.ProposalContent;
import org.lixiang.proposal.ProposalFixtures;
import org.lixiang.review.Recommendation;
import org.lixiang.review.ScoreSheet;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Takes proposals of one call from draft to final result through the real services, as the
 * real users: the applicant drafts, saves and submits; an officer starts and passes the formal
 * review (the draw runs in that transaction) and confirms the experts; each expert accepts and
 * scores (the last score aggregates); a leader gives the department opinion; then the call's
 * officer opens the round and submits the plan, the leader approves it, and the publicity timer
 * finalizes every result. Task ids are what the user's inbox would show; they are read before a
 * step is timed.
 */
final class ApprovalDriver {

    static final String[] TITLES = {"地方道路隧道机电设施的现状与研究", "基于多种无线传输技术的机电设备监控系统构建方案研究",
            "预应力碳纤维在桥梁受弯构件加固中的应用研究", "沥青热再生技术推广应用", "高精度汽车热交换零部件工艺研究"};
    /** Points per criterion (30/30/40) of the five experts: consistent, so no divergence task. */
    private static final int[][] POINTS = {{24, 24, 32}, {22, 23, 30}, {25, 25, 34}, {23, 24, 33}, {24, 23, 31}};
    static final int EXPERTS_PER_PROPOSAL = 5;

    private final Portal portal;
    private final BenchPeople people;
    private final JdbcTemplate jdbc;

    ApprovalDriver(Portal portal, BenchPeople people) {
        this.portal = portal;
        this.people = people;
        this.jdbc = portal.jdbc();
    }

    /** One proposal on its way, with what its users have on screen. */
    static final class Item {
        final int index;
        final long applicantId;
        final ProposalContent content;
        long id;
        long version;
        String number;
        String processInstance;
        String task;

        Item(int index, long applicantId) {
            this.index = index;
            this.applicantId = applicantId;
            this.content = ProposalFixtures.complete(TITLES[index % TITLES.length] + "（" + (index + 1) + "）");
        }
    }

    /** One expert's review of one proposal. */
    record Review(Item proposal, long expertId, String task, int position) {
    }

    long openCall(int proposals) {
        portal.accounts().as("t_officer");
        try {
            var now = portal.clock().instant();
            long id = portal.calls().create(new CallDraft("基准测试指南 " + System.nanoTime(), 2026, Programme.KEY_RD,
                    EnumSet.of(ResearchField.EQUIPMENT), "基准测试用申报指南。", now.minus(Duration.ofDays(1)),
                    now.plus(Duration.ofDays(30)), new BigDecimal("500000"),
                    new BigDecimal("150000").multiply(BigDecimal.valueOf(Math.max(10, proposals))), null, null,
                    CallCriterion.defaults(), EXPERTS_PER_PROPOSAL, AggregationRule.TRIMMED_MEAN, 7, 14, false,
                    new BigDecimal("20")));
            portal.calls().publish(id);
            return id;
        } finally {
            portal.accounts().logout();
        }
    }

    List<Item> items(int count) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(new Item(i, people.applicants.get(i % people.applicants.size())));
        }
        return items;
    }

    // ---- the steps of one proposal, each a user's action ----

    void draft(long callId, Item p) {
        p.id = portal.proposals().createDraft(callId);
    }

    void save(Item p) {
        portal.proposals().saveDraft(p.id, p.version, p.content);
    }

    void submit(Item p) {
        p.number = portal.submission().submit(p.id, p.version, p.content);
    }

    void formalStart(Item p) {
        portal.formal().start(p.task);
    }

    void formalPass(Item p) {
        portal.formal().decide(p.task, FormalDecision.PASS, null, null);
    }

    void confirm(Item p) {
        portal.assignments().confirm(p.task);
    }

    void accept(Review r) {
        portal.reviews().accept(r.task());
    }

    void score(Review r) {
        int[] pts = POINTS[r.position() % POINTS.length];
        portal.reviews().submit(r.task(), new ScoreSheet(List.of(BigDecimal.valueOf(pts[0]), BigDecimal.valueOf(pts[1]),
                BigDecimal.valueOf(pts[2])), new BigDecimal("250000"), Recommendation.SUPPORT,
                "研究方案可行，建议细化考核指标。", "申报单位前期基础较好。"));
    }

    void opinion(Item p) {
        portal.opinions().give(p.task, true, "同意专家组意见。");
    }

    // ---- what the user's screen already shows (read before the step is timed) ----

    void readVersion(Item p) {
        p.version = jdbc.queryForObject("select version from proposal where id = ?", Long.class, p.id);
    }

    void readTask(Item p, String step) {
        if (p.processInstance == null) {
            p.processInstance = jdbc.queryForObject("select process_instance_id from proposal where id = ?", String.class, p.id);
        }
        p.task = task(p.processInstance, step, null);
    }

    String task(String processInstance, String step, Long assignee) {
        List<String> ids = assignee == null
                ? jdbc.queryForList("select id_ from act_ru_task where proc_inst_id_ = ? and task_def_key_ = ?",
                        String.class, processInstance, step)
                : jdbc.queryForList("select id_ from act_ru_task where proc_inst_id_ = ? and task_def_key_ = ? and assignee_ = ?",
                        String.class, processInstance, step, String.valueOf(assignee));
        if (ids.size() != 1) {
            throw new IllegalStateException("expected one " + step + " task in " + processInstance + ", found " + ids.size()
                    + "; open: " + jdbc.queryForList("select task_def_key_ from act_ru_task where proc_inst_id_ = ?", String.class,
                    processInstance));
        }
        return ids.get(0);
    }

    /** The review tasks of the proposals, ordered so that concurrent workers mostly score different proposals. */
    List<Review> reviews(List<Item> items) {
        List<List<Review>> perProposal = new ArrayList<>();
        for (Item p : items) {
            List<Review> rs = new ArrayList<>();
            List<Long> experts = jdbc.queryForList("select expert_id from review_assignment where proposal_id = ?"
                    + " and status in ('INVITED', 'ACCEPTED') order by id", Long.class, p.id);
            for (int i = 0; i < experts.size(); i++) {
                rs.add(new Review(p, experts.get(i), task(p.processInstance, "review", experts.get(i)), i));
            }
            perProposal.add(rs);
        }
        List<Review> ordered = new ArrayList<>();
        for (int round = 0; round < EXPERTS_PER_PROPOSAL * 2; round++) {
            for (List<Review> rs : perProposal) {
                if (round < rs.size()) {
                    ordered.add(rs.get(round));
                }
            }
        }
        return ordered;
    }

    /** Reads what each item's screen shows before a step (version or task). */
    static void before(List<Item> items, Consumer<Item> read) {
        items.forEach(read);
    }
}
