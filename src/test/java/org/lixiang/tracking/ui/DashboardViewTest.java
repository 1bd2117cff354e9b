package org.lixiang.tracking.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lixiang.KaribuTest;
import org.lixiang.base.Messages;
import org.lixiang.base.ui.AccessDeniedView;
import org.lixiang.proposal.ProposalFixtures;
import org.lixiang.review.ReviewFixtures;
import org.lixiang.tracking.Dashboard.CallOption;
import org.lixiang.tracking.DashboardDataSet;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The dashboard screen in Karibu, on the hand-counted data set of the dashboard's query test. */
@Import({ProposalFixtures.class, ReviewFixtures.class, DashboardDataSet.class})
class DashboardViewTest extends KaribuTest {

    @Autowired DashboardDataSet data;
    @Autowired org.lixiang.TestClock clock;

    @BeforeEach
    void dataSet() {
        data.build();
    }

    private DashboardView openForTheCall() {
        UI.getCurrent().navigate("dashboard");
        DashboardView view = _get(DashboardView.class);
        CallOption call = view.call.getGenericDataView().getItems().filter(c -> c.id() == data.callId)
                .findFirst().orElseThrow();
        view.call.setValue(call);
        return view;
    }

    private static FigurePanel figure(String id) {
        return (FigurePanel) LocatorJ._get(FigurePanel.class, spec -> spec.withId(id));
    }

    private static List<List<String>> rows(FigurePanel panel) {
        return panel.numbers.getGenericDataView().getItems().toList();
    }

    @Test
    void eachChartHasItsNumbersInATable() {
        login("t_officer");
        openForTheCall();
        FigurePanel funnel = figure("figure-funnel");
        assertThat(rows(funnel)).startsWith(List.of("Submitted", "6", "100%"), List.of("Passed formal review", "3", "50%"),
                List.of("Reviewed by experts", "2", "33.3%"), List.of("Approved", "1", "16.7%"));
        assertThat(rows(funnel)).contains(List.of("Now: Draft", "1", ""), List.of("Now: Returned for revision", "1", ""));
        assertThat(funnel.chart.config()).contains("\"data\":[6,3,2,1]").contains("\"indexAxis\":\"y\"");

        assertThat(rows(figure("figure-reviews"))).containsExactly(List.of("Submitted", "6"),
                List.of("Due (not yet overdue)", "3"), List.of("Overdue", "0"), List.of("Declined", "1"),
                List.of("Drawn, awaiting confirmation", "0"));
        assertThat(rows(figure("figure-amounts"))).containsExactly(List.of("Envelope", "500,000.00", "100%"),
                List.of("Requested", "1,800,003.00", "360%"), List.of("Recommended by experts", "530,000.00", "106%"),
                List.of("In the funding plan", "280,000.00", "56%"), List.of("Funded (final)", "280,000.00", "56%"));
        assertThat(rows(figure("figure-fields"))).containsExactly(List.of("Equipment manufacturing", "5", "3", "1"),
                List.of("New materials", "1", "0", "0"));
        assertThat(rows(figure("figure-organizations"))).containsExactly(List.of("测试申报单位甲", "5", "1"),
                List.of("测试申报单位乙", "1", "0"));
        assertThat(rows(figure("figure-steps"))).extracting(r -> r.get(0))
                .containsExactlyInAnyOrder("Formal review", "Confirming the experts", "Review by an expert",
                        "Department opinion");
        // the test's steps take moments, so minutes
        assertThat(rows(figure("figure-steps"))).allSatisfy(r -> assertThat(r.get(2)).endsWith(" min"));
        assertThat(figure("figure-steps").chart.config()).contains("Average (minutes)");
    }

    @Test
    void allCallsTogether() {
        login("t_leader");
        DashboardView view = openForTheCall();
        view.call.clear();
        assertThat(view.scope.getText()).isEqualTo("All published calls together.");
        long submitted = Long.parseLong(rows(figure("figure-funnel")).get(0).get(1).replace(",", ""));
        assertThat(submitted).isGreaterThanOrEqualTo(6);
    }

    @Test
    void theFiguresSayWhenTheyWereComputedAndRefreshNowComputesThem() {
        login("t_officer");
        DashboardView view = openForTheCall();
        String shown = view.asOf.getText();
        assertThat(shown).matches("Figures as of \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        clock.advance(java.time.Duration.ofMinutes(3));
        try {
            view.refresh.click();
            String later = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                    .format(clock.instant().atZone(clock.getZone()));
            assertThat(view.asOf.getText()).isEqualTo("Figures as of " + later).isNotEqualTo(shown);
            assertThat(view.refresh.isEnabled()).isTrue();
            assertThat(rows(figure("figure-funnel")).get(0)).isEqualTo(List.of("Submitted", "6", "100%"));
        } finally {
            clock.reset();
        }
    }

    @Test
    void inChinese() {
        useLocale(Messages.CHINESE);
        login("t_admin");
        DashboardView view = openForTheCall();
        assertThat(view.scope.getText()).endsWith("（2026年度）");
        assertThat(view.asOf.getText()).startsWith("数据截至 ");
        assertThat(view.refresh.getText()).isEqualTo("立即刷新");
        assertThat(rows(figure("figure-funnel")).get(0)).isEqualTo(List.of("已提交", "6", "100%"));
        assertThat(figure("figure-amounts").chart.config()).contains("申请财政经费");
    }

    @Test
    void applicantsAndExpertsAreDenied() {
        for (String user : List.of("t_applicant", "t_expert")) {
            login(user);
            UI.getCurrent().navigate("dashboard");
            _get(AccessDeniedView.class);
            logout();
        }
    }
}
