package org.lixiang.decision.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.lixiang.KaribuTest;
import org.lixiang.TestClock;
import org.lixiang.base.ui.ForbiddenObjectView;
import org.lixiang.decision.ReviewedProposalFixtures;
import org.lixiang.proposal.ProposalFixtures;
import org.lixiang.review.ReviewFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** The applicant's result page: not yet, then the result with the experts' comments as 专家一, 专家二, … */
@Import({ProposalFixtures.class, ReviewFixtures.class, ReviewedProposalFixtures.class})
class ResultViewTest extends KaribuTest {

    @Autowired ReviewedProposalFixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;

    @Test
    void theApplicantSeesTheResultOnlyOnceFinalWithAnonymizedComments() {
        long id = fixtures.reviewed("城市内涝积水点智能监测与预警系统研究");
        login("t_applicant");
        UI.getCurrent().navigate("proposals/" + id + "/result");
        _get(ProposalResultView.class);
        _get(Paragraph.class, spec -> spec.withId("result-not-yet"));
        assertThat(_find(ResultPanel.class)).isEmpty();

        jdbc.update("""
                insert into proposal_result (proposal_id, approved, funded_amount, finalized_at, announced_at)
                values (?, true, ?, ?, ?)""", id, new BigDecimal("280000.00"), Timestamp.from(clock.instant()),
                Timestamp.from(clock.instant()));
        UI.getCurrent().navigate("proposals/" + id + "/result");
        assertThat(_get(Span.class, spec -> spec.withId("result-outcome")).getText())
                .isEqualTo("Approved, funded with 280,000.00 yuan");
        assertThat(_find(Span.class)).extracting(Span::getText).contains("Expert 1", "Expert 5");

        useLocale(Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("proposals/" + id + "/result");
        assertThat(_find(Span.class)).extracting(Span::getText).contains("专家一", "专家二", "专家五")
                .doesNotContain("专家六");
        assertThat(_get(Span.class, spec -> spec.withId("result-outcome")).getText())
                .isEqualTo("予以立项，资助经费 280,000.00 元");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .noneMatch(t -> t.contains("仅供管理部门参考") || t.contains("评审专家"));
    }

    @Test
    void anotherApplicantIsRefused() {
        long id = fixtures.reviewed("老旧小区加装电梯结构安全评估方法研究");
        login("t_applicant2");
        UI.getCurrent().navigate("proposals/" + id + "/result");
        assertThat(_find(ResultPanel.class)).isEmpty();
        _get(ForbiddenObjectView.class);
    }

    @Test
    void chineseOrdinals() {
        assertThat(ResultPanel.chinese(1)).isEqualTo("一");
        assertThat(ResultPanel.chinese(10)).isEqualTo("十");
        assertThat(ResultPanel.chinese(12)).isEqualTo("十二");
        assertThat(ResultPanel.chinese(20)).isEqualTo("二十");
        assertThat(ResultPanel.chinese(35)).isEqualTo("三十五");
    }
}
