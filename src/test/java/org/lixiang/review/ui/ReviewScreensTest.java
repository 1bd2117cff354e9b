package org.lixiang.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.lixiang.KaribuTest;
import org.lixiang.base.ResearchField;
import org.lixiang.proposal.BudgetCategory;
import org.lixiang.proposal.FormalDecision;
import org.lixiang.proposal.FormalReviewService;
import org.lixiang.proposal.ProposalDetails;
import org.lixiang.proposal.ProposalFixtures;
import org.lixiang.proposal.ProposalService;
import org.lixiang.proposal.ProposalSubmission;
import org.lixiang.review.Recommendation;
import org.lixiang.review.ReviewFixtures;
import org.lixiang.workflow.TaskInbox;
import org.lixiang.workflow.TaskSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** The assignment screen and the scoring form, in Karibu on the real services. */
@Import({ProposalFixtures.class, ReviewFixtures.class})
class ReviewScreensTest extends KaribuTest {

    @Autowired ProposalFixtures proposalFixtures;
    @Autowired ReviewFixtures reviewFixtures;
    @Autowired ProposalService proposals;
    @Autowired ProposalSubmission submission;
    @Autowired FormalReviewService formal;
    @Autowired TaskInbox inbox;
    @Autowired JdbcTemplate jdbc;

    private String passed(String title) {
        reviewFixtures.experts(5, ResearchField.EQUIPMENT);
        long call = proposalFixtures.openCall(30);
        login("t_applicant");
        long id = proposals.createDraft(call);
        proposals.saveDraft(id, proposals.details(id).version(), ProposalFixtures.complete(title));
        ProposalDetails d = proposals.details(id);
        String number = submission.submit(id, d.version(), d.content());
        logout();
        login("t_officer");
        String task = task(number, "formalReview");
        formal.start(task);
        formal.decide(task, FormalDecision.PASS, null, null);
        return number;
    }

    private String task(String number, String step) {
        return inbox.page(0, 1000).stream().filter(t -> number.equals(t.businessKey()) && step.equals(t.stepKey()))
                .map(TaskSummary::id).findFirst().orElseThrow();
    }

    @Test
    void anExpertWithAConflictIsAddedOnlyWithAWrittenReason() {
        long conflicted = reviewFixtures.expertAt(org.lixiang.TestAccounts.ORG_A, ResearchField.EQUIPMENT);
        String number = passed("城市综合管廊智能巡检机器人研制");
        String task = task(number, "confirmExperts");
        UI.getCurrent().navigate("review/assign/" + task);
        AssignExpertsView view = _get(AssignExpertsView.class);
        assertThat(view.drawn.getGenericDataView().getItems().count()).isEqualTo(5);

        // a colleague of the applicant is excluded (same organization) and can only be added with a reason
        assertThat(view.excluded.getGenericDataView().getItems())
                .anyMatch(e -> e.expertId() == conflicted && e.reason() == org.lixiang.review.ExclusionReason.SAME_ORGANIZATION);
        view.expert.setValue(view.expert.getGenericDataView().getItems()
                .filter(c -> c.userId() == conflicted).findFirst().orElseThrow());
        _click(view.add);
        assertThat(view.overrideReason.isInvalid()).isTrue();
        assertThat(view.drawn.getGenericDataView().getItems()).noneMatch(a -> a.expertId() == conflicted);
        _setValue(view.overrideReason, "本领域专家不足，经处领导同意。");
        view.expert.setValue(view.expert.getGenericDataView().getItems()
                .filter(c -> c.userId() == conflicted).findFirst().orElseThrow());
        _click(view.add);
        assertThat(view.drawn.getGenericDataView().getItems()).anyMatch(a -> a.expertId() == conflicted
                && "本领域专家不足，经处领导同意。".equals(a.overrideReason()));
        _click(view.confirm);
        assertThat(jdbc.queryForObject("select count(*) from review_assignment a join proposal p on p.id = a.proposal_id"
                + " where p.number = ? and a.status = 'INVITED'", Integer.class, number)).isEqualTo(6);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'EXPERT_ADDED_DESPITE_CONFLICT'"
                + " and detail like ?", Integer.class, "%本领域专家不足%")).isEqualTo(1);
    }

    @Test
    void theScoringFormShowsALiveTotalAndRefusesBadInputNextToTheFields() {
        String number = passed("高速公路边坡智能监测预警系统研究");
        login("t_officer");
        String confirm = task(number, "confirmExperts");
        UI.getCurrent().navigate("review/assign/" + confirm);
        _click(_get(AssignExpertsView.class).confirm);
        Long expert = jdbc.queryForObject("""
                select a.expert_id from review_assignment a join proposal p on p.id = a.proposal_id
                where p.number = ? and a.status = 'INVITED' order by a.id limit 1""", Long.class, number);
        logout();
        String username = jdbc.queryForObject("select username from app_user where id = ?", String.class, expert);
        login(username);
        String review = task(number, "review");
        UI.getCurrent().navigate("review/score/" + review);
        ScoringView view = _get(ScoringView.class);
        assertThat(view.form).as("scores only after accepting").isNull();
        _click(view.accept);
        view = _get(ScoringView.class);
        ScoringForm form = view.form;
        // the expert recommends a budget: they see what is asked per category, and who does the work
        assertThat(rows(_get(Grid.class, spec -> spec.withClasses("proposal-budget-table"))))
                .hasSize(BudgetCategory.values().length)
                .anySatisfy(row -> assertThat(row).containsSequence("200,000.00", "100,000.00"))
                .anySatisfy(row -> assertThat(row).containsSequence("100,000.50", "50,000.00"));
        assertThat(rows(_get(Grid.class, spec -> spec.withClasses("proposal-team-table"))))
                .containsExactly(List.of("测试t_applicant", "测试申报单位甲", "高级工程师", "Project lead"),
                        List.of("李明", "测试申报单位甲", "工程师", "技术骨干"));
        // labels take the language's punctuation: "Field: …" in English ("所属领域：…" in Chinese)
        _get(Span.class, spec -> spec.withText("Field: "));

        _setValue(form.points.get(0), new BigDecimal("24"));
        _setValue(form.points.get(1), new BigDecimal("15"));
        assertThat(form.total.getText()).contains("39.00").contains("not all criteria");
        _setValue(form.points.get(2), new BigDecimal("36"));
        assertThat(form.total.getText()).isEqualTo("Weighted total: 75.00 / 100");

        _setValue(form.points.get(1), new BigDecimal("45"));
        _setValue(form.recommendedBudget, new BigDecimal("99999999"));
        _setValue(form.commentToApplicant, "好");
        _click(view.submit);
        assertThat(form.points.get(1).getErrorMessage()).isEqualTo("Between 0 and 30 points.");
        assertThat(form.recommendedBudget.getErrorMessage()).startsWith("The recommended budget may not exceed");
        assertThat(form.recommendation.isInvalid()).isTrue();
        assertThat(form.commentToApplicant.getErrorMessage()).isEqualTo("Write at least 10 characters.");
        assertThat(jdbc.queryForObject("select count(*) from review where expert_id = ? and proposal_id = "
                + "(select id from proposal where number = ?)", Integer.class, expert, number)).isZero();

        _setValue(form.points.get(1), new BigDecimal("15"));
        _setValue(form.recommendedBudget, new BigDecimal("250000"));
        _setValue(form.recommendation, Recommendation.SUPPORT);
        _setValue(form.commentToApplicant, "研究目标明确，技术路线可行，建议细化监测点位布设方案。");
        _click(view.submit);
        assertThat(jdbc.queryForObject("select status from review where expert_id = ? and proposal_id = "
                + "(select id from proposal where number = ?)", String.class, expert, number)).isEqualTo("SUBMITTED");
    }

    private static List<List<String>> rows(Grid<?> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._getFormattedRow(grid, i)).toList();
    }
}
