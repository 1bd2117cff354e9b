package org.lixiang.decision.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.lixiang.KaribuTest;
import org.lixiang.base.ui.AccessDeniedView;
import org.lixiang.decision.ReviewedProposalFixtures;
import org.lixiang.proposal.ProposalFixtures;
import org.lixiang.review.ReviewFixtures;
import org.lixiang.review.ui.ReviewOutcomePanel;
import org.lixiang.workflow.ui.MyTasksView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** The leader's department-opinion screen, in Karibu on the real services. */
@Import({ProposalFixtures.class, ReviewFixtures.class, ReviewedProposalFixtures.class})
class DepartmentOpinionViewTest extends KaribuTest {

    @Autowired ReviewedProposalFixtures fixtures;
    @Autowired JdbcTemplate jdbc;

    int opinionRows(long proposalId) {
        return jdbc.queryForObject("select count(*) from department_opinion where proposal_id = ?", Integer.class,
                proposalId);
    }

    @Test
    void theLeaderReadsTheOutcomeAndGivesTheOpinionWithAComment() {
        long id = fixtures.reviewed("基于北斗的城市桥梁健康监测系统研究");
        String task = fixtures.opinionTask(id);
        login("t_leader");
        UI.getCurrent().navigate("decision/opinion/" + task);
        DepartmentOpinionView view = _get(DepartmentOpinionView.class);
        _get(ReviewOutcomePanel.class);
        Grid<?> reviews = _get(Grid.class, spec -> spec.withId("submitted-reviews"));
        assertThat(reviews.getGenericDataView().getItems().count()).isEqualTo(5);

        // nothing chosen, nothing written: both fields say so
        _click(view.confirm);
        assertThat(view.agrees.isInvalid()).isTrue();
        assertThat(view.agrees.getErrorMessage()).isEqualTo("Choose whether the department agrees.");
        assertThat(view.comment.isInvalid()).isTrue();
        assertThat(view.confirm.isEnabled()).isTrue();

        _setValue(view.agrees, false);
        _setValue(view.comment, "   ");
        _click(view.confirm);
        assertThat(view.agrees.isInvalid()).isFalse();
        assertThat(view.comment.isInvalid()).isTrue();
        assertThat(opinionRows(id)).isZero();

        _setValue(view.comment, "项目经费测算偏高，建议按专家建议核减后纳入安排方案。");
        _click(view.confirm);
        _get(MyTasksView.class);
        assertThat(opinionRows(id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select agrees from department_opinion where proposal_id = ?", Boolean.class, id))
                .isFalse();
        assertThat(jdbc.queryForObject("select status from proposal where id = ?", String.class, id))
                .isEqualTo("OPINION_GIVEN");
    }

    @Test
    void officersCannotOpenTheScreen() {
        long id = fixtures.reviewed("工业机器人关节减速器精度保持性研究");
        String task = fixtures.opinionTask(id);
        login("t_officer");
        UI.getCurrent().navigate("decision/opinion/" + task);
        assertThat(_find(DepartmentOpinionView.class)).isEmpty();
        _get(AccessDeniedView.class);
    }
}
