package org.lixiang.workflow.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.lixiang.KaribuTest;
import org.lixiang.base.ResearchField;
import org.lixiang.proposal.FormalDecision;
import org.lixiang.proposal.FormalReviewService;
import org.lixiang.proposal.ProposalFixtures;
import org.lixiang.review.ReviewFixtures;
import org.lixiang.workflow.TaskInbox;
import org.lixiang.workflow.TaskSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The task inbox's step filter, in Karibu on the real services and engine. */
@Import({ProposalFixtures.class, ReviewFixtures.class})
class MyTasksViewTest extends KaribuTest {

    @Autowired ProposalFixtures proposalFixtures;
    @Autowired ReviewFixtures reviewFixtures;
    @Autowired FormalReviewService formal;
    @Autowired TaskInbox inbox;

    @Test
    void anOfficerSeesOneStepAtATimeWithItsCount() {
        reviewFixtures.experts(5, ResearchField.EQUIPMENT);
        long call = proposalFixtures.openCall(30);
        String waiting = proposalFixtures.submitted(call, "隧道衬砌病害智能检测装备研制");
        String passed = proposalFixtures.submitted(call, "桥梁拉索腐蚀无损检测技术");
        login("t_officer");
        String formalTask = task(passed, "formalReview");
        formal.start(formalTask);
        formal.decide(formalTask, FormalDecision.PASS, null, null);

        List<TaskInbox.StepCount> steps = inbox.steps();
        assertThat(steps).extracting(TaskInbox.StepCount::stepKey).contains("formalReview", "confirmExperts")
                .doesNotHaveDuplicates().doesNotContain("review");
        steps.forEach(s -> assertThat(s.count()).as(s.stepKey()).isEqualTo(inbox.count(s.stepKey())).isPositive());
        assertThat(steps.stream().mapToLong(TaskInbox.StepCount::count).sum()).isEqualTo(inbox.count());

        UI.getCurrent().navigate("tasks");
        MyTasksView view = _get(MyTasksView.class);
        assertThat(view.step.isVisible()).isTrue();
        assertThat(view.step.getValue()).isNull();
        assertThat(view.step.getItemLabelGenerator().apply(null)).isEqualTo("All steps (" + inbox.count() + ")");
        assertThat(GridKt._size(view.grid)).isEqualTo((int) inbox.count());
        assertThat(view.step.getItemLabelGenerator().apply("formalReview"))
                .isEqualTo("Formal review (" + inbox.count("formalReview") + ")");

        view.step.setValue("confirmExperts");
        List<TaskSummary> shown = rows(view);
        assertThat(shown).hasSize((int) inbox.count("confirmExperts"))
                .allMatch(t -> t.stepKey().equals("confirmExperts"))
                .anyMatch(t -> passed.equals(t.businessKey()))
                .noneMatch(t -> waiting.equals(t.businessKey()));
        view.step.setValue("formalReview");
        assertThat(rows(view)).allMatch(t -> t.stepKey().equals("formalReview"))
                .anyMatch(t -> waiting.equals(t.businessKey()));
        view.step.setValue(null);
        assertThat(rows(view)).hasSize((int) inbox.count());

        useLocale(Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("tasks");
        MyTasksView zh = _get(MyTasksView.class);
        assertThat(zh.step.getItemLabelGenerator().apply("formalReview"))
                .isEqualTo("形式审查（" + inbox.count("formalReview") + "）");
    }

    @Test
    void theExpertsStepsAreTheirOwnAndOneStepNeedsNoFilter() {
        reviewFixtures.experts(5, ResearchField.EQUIPMENT);
        long call = proposalFixtures.openCall(30);
        proposalFixtures.submitted(call, "盾构机刀盘磨损在线监测系统");
        // an applicant has no formal review waiting: the officers' steps are not counted for them
        login("t_applicant");
        assertThat(inbox.steps()).extracting(TaskInbox.StepCount::stepKey).doesNotContain("formalReview", "confirmExperts");
        assertThat(inbox.steps().stream().mapToLong(TaskInbox.StepCount::count).sum()).isEqualTo(inbox.count());
        UI.getCurrent().navigate("tasks");
        assertThat(_get(MyTasksView.class).step.isVisible()).isEqualTo(inbox.steps().size() > 1);
    }

    private List<TaskSummary> rows(MyTasksView view) {
        return IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i)).toList();
    }

    private String task(String number, String step) {
        return inbox.page(0, 1000).stream().filter(t -> number.equals(t.businessKey()) && step.equals(t.stepKey()))
                .map(TaskSummary::id).findFirst().orElseThrow();
    }
}
