package org.lixiang.decision.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lixiang.KaribuTest;
import org.lixiang.TestClock;
import org.lixiang.base.Messages;
import org.lixiang.decision.PlanStatus;
import org.lixiang.decision.PublicList;
import org.lixiang.decision.PublicListFixtures;
import org.lixiang.decision.PublicListFixtures.Seeded;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The public list's screen in Karibu: the lazy grid, the call filter, the search, the objection button. */
@Import(PublicListFixtures.class)
class PublicityViewTest extends KaribuTest {

    @Autowired PublicListFixtures fixtures;
    @Autowired TestClock clock;

    private final List<Seeded> seeded = new ArrayList<>();

    @AfterEach
    void removeLists() {
        seeded.forEach(fixtures::remove);
        clock.reset();
    }

    private Seeded seed(PlanStatus status, Duration startedAgo, int funded) {
        Seeded s = fixtures.seed(status, clock.instant().minus(startedAgo), funded, 3, 1);
        seeded.add(s);
        return s;
    }

    private PublicityView open() {
        UI.getCurrent().navigate("publicity");
        return _get(PublicityView.class);
    }

    private static PublicList.CallOption option(PublicityView view, long callId) {
        return view.call.getListDataView().getItems().filter(c -> c.callId() == callId).findFirst().orElseThrow();
    }

    @Test
    void theGridPagesOneCallsLongListFromTheDatabaseAndObjectionsOnlyWhileThePeriodRuns() {
        clock.set(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        Seeded running = seed(PlanStatus.PUBLICITY, Duration.ofDays(2), 130);
        Seeded finished = seed(PlanStatus.FINAL, Duration.ofDays(40), 20);
        login("t_applicant2");
        PublicityView view = open();

        // the calls with a list, the newest publicity first; all of them until one is picked
        assertThat(view.call.getValue()).isNull();
        assertThat(view.call.getListDataView().getItems().map(PublicList.CallOption::callId).toList())
                .containsSubsequence(running.callId(), finished.callId());
        assertThat(GridKt._size(view.list)).as("all calls").isGreaterThanOrEqualTo(150);

        _setValue(view.call, option(view, running.callId()));
        assertThat(GridKt._size(view.list)).isEqualTo(130);
        assertThat(GridKt._get(view.list, 0).number()).isEqualTo(running.listedNumbers().get(0));
        assertThat(GridKt._get(view.list, 77).number()).as("a row of a later page").isEqualTo(running.listedNumbers().get(77));
        assertThat(GridKt._get(view.list, 129).number()).isEqualTo(running.listedNumbers().get(129));
        assertThat(String.join(" | ", GridKt._getFormattedRow(view.list, 0))).contains(running.callName(),
                running.organization(), "250,000.00", "until");
        Button object = (Button) GridKt._getCellComponent(view.list, 129, "object");
        assertThat(object.isVisible()).isTrue();
        assertThat(object.getId()).hasValue("object-" + running.listedIds().get(129));

        _setValue(view.call, option(view, finished.callId()));
        assertThat(GridKt._size(view.list)).isEqualTo(20);
        assertThat(GridKt._getFormattedRow(view.list, 0)).contains("final");
        assertThat(((Button) GridKt._getCellComponent(view.list, 0, "object")).isVisible()).as("the list is final").isFalse();

        // the period ends by the clock: the next look at the list offers no objection
        clock.advance(Duration.ofDays(5).plusSeconds(1));
        _setValue(view.call, option(view, running.callId()));
        assertThat(((Button) GridKt._getCellComponent(view.list, 0, "object")).isVisible()).isFalse();
    }

    @Test
    void theSearchNarrowsTheListInTheDatabaseAndAnEmptyResultSaysSo() {
        Seeded a = seed(PlanStatus.FINAL, Duration.ofDays(30), 60);
        Seeded b = seed(PlanStatus.PUBLICITY, Duration.ofDays(1), 5);
        useLocale(Messages.CHINESE);
        login("t_expert");
        PublicityView view = open();

        _setValue(view.search, a.organization());
        assertThat(GridKt._size(view.list)).isEqualTo(60);
        _setValue(view.search, a.listedNumbers().get(42).toLowerCase());
        assertThat(GridKt._size(view.list)).isEqualTo(1);
        assertThat(GridKt._get(view.list, 0).number()).isEqualTo(a.listedNumbers().get(42));
        // both filters at once: that number is not in the other call
        _setValue(view.call, option(view, b.callId()));
        assertThat(GridKt._size(view.list)).isZero();
        assertThat(view.list.getEmptyStateText()).isEqualTo("没有符合条件的公示项目。");
        _setValue(view.search, "");
        assertThat(GridKt._size(view.list)).isEqualTo(5);
        view.call.clear();
        assertThat(view.list.getEmptyStateText()).isEqualTo("暂无公示名单。");
        assertThat(view.search.getLabel()).isEqualTo("搜索编号、项目名称或单位");
        assertThat(view.call.getPlaceholder()).isEqualTo("全部申报指南");
    }
}
