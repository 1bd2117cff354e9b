package org.lixiang.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.lixiang.bench.load.Reviewer;

/**
 * Proof that the simulated experts did real work: for each review the client believes it
 * submitted (the task it opened, as the scoring form's route named it), the database must hold
 * the expert's assignment and review as SUBMITTED, with the budget, recommendation and comments
 * the client typed; and the database must hold no submitted review the client does not know of.
 * The task is found through its user-task activity in {@code ACT_HI_ACTINST}: at the portal's
 * history level ({@code activity}) Flowable keeps no task history ({@code ACT_HI_TASKINST}).
 */
final class SubmittedReviews {

    private SubmittedReviews() {
    }

    /** What is wrong, or an empty list. */
    static List<String> check(Connection db, List<Reviewer.Submitted> submitted) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("""
                select u.username, a.status, r.status, r.recommended_budget, r.recommendation,
                       r.comment_to_applicant, r.comment_to_bureau
                from act_hi_actinst t
                join proposal p on p.process_instance_id = t.proc_inst_id_
                join app_user u on cast(u.id as varchar) = t.assignee_
                join review_assignment a on a.proposal_id = p.id and a.expert_id = u.id
                left join review r on r.assignment_id = a.id
                where t.task_id_ = ?""")) {
            for (Reviewer.Submitted s : submitted) {
                q.setString(1, s.taskId());
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        problems.add(s + ": no such review task");
                        continue;
                    }
                    String found = String.join("|", rs.getString(1), rs.getString(2), String.valueOf(rs.getString(3)),
                            String.valueOf(rs.getBigDecimal(4)), String.valueOf(rs.getString(5)), String.valueOf(rs.getString(6)),
                            String.valueOf(rs.getString(7)));
                    String expected = String.join("|", s.username(), "SUBMITTED", "SUBMITTED", "250000.00", "SUPPORT",
                            Reviewer.commentToApplicant(), Reviewer.commentToBureau());
                    if (!found.equals(expected)) {
                        problems.add(s + ": database has " + found);
                    }
                }
            }
        }
        try (ResultSet rs = db.createStatement().executeQuery("select count(*) from review where status = 'SUBMITTED'")) {
            rs.next();
            if (rs.getLong(1) != submitted.size()) {
                problems.add("the database holds " + rs.getLong(1) + " submitted reviews, the client submitted "
                        + submitted.size());
            }
        }
        return problems;
    }
}
