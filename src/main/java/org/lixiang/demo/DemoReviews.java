package org.lixiang.demo;

import java.math.BigDecimal;
import java.util.List;
import org.lixiang.review.AssignmentService;
import org.lixiang.review.Recommendation;
import org.lixiang.review.ReviewService;
import org.lixiang.review.ScoreSheet;
import org.lixiang.workflow.TaskInbox;
import org.lixiang.workflow.TaskSummary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo expert reviews in every state — awaiting acceptance, partly scored, complete, divergent —
 * done by the demo officer and the drawn demo experts through the same services as the screens.
 */
@Component
class DemoReviews {

    private final AssignmentService assignments;
    private final ReviewService reviews;
    private final TaskInbox inbox;
    private final DemoUsers demoUsers;
    private final JdbcTemplate jdbc;

    DemoReviews(AssignmentService assignments, ReviewService reviews, TaskInbox inbox, DemoUsers demoUsers,
                JdbcTemplate jdbc) {
        this.assignments = assignments;
        this.reviews = reviews;
        this.inbox = inbox;
        this.demoUsers = demoUsers;
        this.jdbc = jdbc;
    }

    /** The officer confirms the draw (continuing with those drawn after a shortage); returns the experts' user ids. */
    List<Long> confirm(String number) {
        demoUsers.as("officer", () -> {
            String shortage = task(number, "resolveShortage");
            if (shortage != null) {
                assignments.resolveShortage(shortage, false);
            }
            assignments.confirm(task(number, "confirmExperts"));
            return null;
        });
        return jdbc.queryForList("""
                select a.expert_id from review_assignment a join proposal p on p.id = a.proposal_id
                where p.number = ? and a.status = 'INVITED' order by a.id""", Long.class, number);
    }

    /** The expert accepts; with points, scores and submits; with a draft flag, only saves. */
    void review(long expertId, String number, int[] points, boolean submit, Recommendation recommendation,
                String comment) {
        String username = jdbc.queryForObject("select username from app_user where id = ?", String.class, expertId);
        demoUsers.as(username, () -> {
            String task = task(number, "review");
            reviews.accept(task);
            if (points != null) {
                BigDecimal requested = jdbc.queryForObject("""
                        select coalesce(sum(b.requested), 0) from proposal_budget_line b join proposal p on p.id = b.proposal_id
                        where p.number = ?""", BigDecimal.class, number);
                ScoreSheet sheet = new ScoreSheet(List.of(BigDecimal.valueOf(points[0]), BigDecimal.valueOf(points[1]),
                        BigDecimal.valueOf(points[2])), requested.multiply(new BigDecimal("0.8")), recommendation,
                        comment, "申报单位前期基础扎实，建议关注经费测算依据。");
                if (submit) {
                    reviews.submit(task, sheet);
                } else {
                    reviews.saveDraft(task, sheet);
                }
            }
            return null;
        });
    }

    private String task(String number, String step) {
        return inbox.page(0, 500).stream().filter(t -> number.equals(t.businessKey()) && step.equals(t.stepKey()))
                .map(TaskSummary::id).findFirst().orElse(null);
    }

}
