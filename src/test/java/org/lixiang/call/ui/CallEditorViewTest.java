package org.lixiang.call.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lixiang.KaribuTest;
import org.lixiang.TestClock;
import org.lixiang.base.ResearchField;
import org.lixiang.base.ui.AccessDeniedView;
import org.lixiang.base.ui.ForbiddenObjectView;
import org.lixiang.call.CallDetails;
import org.lixiang.call.CallDraftBuilder;
import org.lixiang.call.CallService;
import org.lixiang.call.CallStatus;
import org.lixiang.call.Programme;
import org.lixiang.call.ProposalsExist;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

@Import(ProposalsExist.Config.class)
class CallEditorViewTest extends KaribuTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired CallService calls;
    @Autowired TestClock clock;
    @Autowired ProposalsExist proposals;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private int storedCalls() {
        return jdbc.queryForObject("select count(*) from call_for_proposals", Integer.class);
    }

    private LocalDateTime inDays(int days) {
        return LocalDateTime.ofInstant(clock.instant(), clock.getZone()).plusDays(days).truncatedTo(ChronoUnit.HOURS);
    }

    private CallEditorView openNew() {
        UI.getCurrent().navigate("calls/edit");
        return _get(CallEditorView.class);
    }

    private static void fillValid(CallForm form, String name, LocalDateTime opens, LocalDateTime closes) {
        _setValue(form.name, name);
        _setValue(form.programme, Programme.SOCIAL_DEVELOPMENT);
        _setValue(form.fields, EnumSet.of(ResearchField.BIOMEDICINE, ResearchField.SOCIAL_DEVELOPMENT));
        _setValue(form.description, "支持方向：生物医药、社会发展。\n项目实施期一般为2年。");
        _setValue(form.opensAt, opens);
        _setValue(form.closesAt, closes);
        _setValue(form.maxBudget, new BigDecimal("300000"));
        _setValue(form.envelope, new BigDecimal("6000000"));
    }

    @Test
    void aNewCallStartsWithTheDefaultRulesAndShowsTheWeightsTotalLive() {
        login("t_officer");
        CallForm form = openNew().form;
        assertThat(form.criteria.rows).extracting(r -> r.name.getValue())
                .containsExactly("必要性", "可行性", "预期水平与效益");
        assertThat(form.expertsPerProposal.getValue()).isEqualTo(5);
        assertThat(form.publicityDays.getValue()).isEqualTo(7);
        assertThat(form.reviewDays.getValue()).isEqualTo(14);
        assertThat(form.divergenceThreshold.getValue()).isEqualByComparingTo("20");
        assertThat(form.criteria.total.getText()).isEqualTo("Weights total: 100 of 100");

        _setValue(form.criteria.rows.get(0).weight, new BigDecimal("20"));
        assertThat(form.criteria.total.getText()).isEqualTo("Weights total: 90 of 100");
        assertThat(form.criteria.total.getElement().getAttribute("data-complete")).isEqualTo("false");

        _click(form.criteria.add);
        assertThat(form.criteria.rows).hasSize(4);
        _setValue(form.criteria.rows.get(3).weight, new BigDecimal("10.5"));
        assertThat(form.criteria.total.getText()).isEqualTo("Weights total: 100.5 of 100");
        _click(form.criteria.rows.get(3).remove);
        assertThat(form.criteria.rows).hasSize(3);
        assertThat(form.criteria.total.getText()).isEqualTo("Weights total: 90 of 100");
    }

    @Test
    void problemsAppearNextToTheirFieldsAndNothingIsSaved() {
        login("t_officer");
        CallForm form = openNew().form;
        int before = storedCalls();
        _setValue(form.opensAt, inDays(10));
        _setValue(form.closesAt, inDays(5));
        _setValue(form.expertsPerProposal, 2);
        _setValue(form.criteria.rows.get(0).weight, new BigDecimal("20"));
        _setValue(form.criteria.rows.get(1).name, "");
        _click(form.save);

        assertThat(form.name.getErrorMessage()).isEqualTo("Required");
        assertThat(form.programme.isInvalid()).isTrue();
        assertThat(form.fields.getErrorMessage()).isEqualTo("Choose at least one field.");
        assertThat(form.closesAt.getErrorMessage()).isEqualTo("The deadline must be after the opening time.");
        assertThat(form.maxBudget.getErrorMessage()).isEqualTo("Enter an amount greater than zero.");
        assertThat(form.expertsPerProposal.getErrorMessage())
                .isEqualTo("At least 3 experts must review each proposal.");
        assertThat(form.criteria.isInvalid()).isTrue();
        assertThat(form.criteria.getErrorMessage()).isEqualTo("The weights add up to 90; they must add up to 100.");
        assertThat(form.criteria.rows.get(1).name.getErrorMessage()).isEqualTo("Required");
        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.save.isEnabled()).as("can correct and save again").isTrue();
        assertThat(storedCalls()).isEqualTo(before);
    }

    @Test
    void anOfficerSavesADraftThenPublishesIt() {
        login("t_officer");
        CallEditorView view = openNew();
        CallForm form = view.form;
        fillValid(form, "2026年度社会发展科技项目", inDays(-1), inDays(20));
        _setValue(form.criteria.rows.get(2).name, "预期效益");
        _click(form.save);

        assertThat(view.callId).isNotNull();
        CallDetails saved = calls.details(view.callId);
        assertThat(saved.status()).isEqualTo(CallStatus.DRAFT);
        assertThat(saved.name()).isEqualTo("2026年度社会发展科技项目");
        assertThat(saved.closesAt()).isEqualTo(inDays(20).atZone(clock.getZone()).toInstant());
        assertThat(saved.criteria().get(2).name()).isEqualTo("预期效益");
        assertThat(view.state.getText()).startsWith("Draft: applicants cannot see this call");
        assertThat(view.extend.isVisible()).isFalse();

        _setValue(form.maxBudget, new BigDecimal("250000"));
        _click(form.publish);
        CallDetails published = calls.details(view.callId);
        assertThat(published.status()).isEqualTo(CallStatus.PUBLISHED);
        assertThat(published.maxBudget()).as("publish saves what the form shows").isEqualByComparingTo("250000");
        assertThat(view.state.getText()).startsWith("Published: applicants can see this call.")
                .contains("you can still change it").endsWith("Status: Open for proposals.");
        assertThat(form.publish.isVisible()).isFalse();
        assertThat(form.save.isVisible()).isTrue();
        assertThat(view.extend.isVisible()).isTrue();
    }

    @Test
    void aCallWhoseDeadlineHasPassedIsSavedButNotPublished() {
        login("t_officer");
        CallEditorView view = openNew();
        fillValid(view.form, "过期指南", inDays(-10), inDays(-1));
        _click(view.form.publish);
        assertThat(view.form.closesAt.getErrorMessage()).isEqualTo("The deadline must be in the future.");
        assertThat(view.callId).isNotNull();
        assertThat(calls.details(view.callId).status()).isEqualTo(CallStatus.DRAFT);
        assertThat(view.state.getText()).startsWith("Draft:");
        assertThat(view.form.publish.isEnabled()).isTrue();

        // the officer corrects the deadline and publishes the same call: no duplicate
        int before = storedCalls();
        _setValue(view.form.closesAt, inDays(10));
        _click(view.form.publish);
        assertThat(calls.details(view.callId).status()).isEqualTo(CallStatus.PUBLISHED);
        assertThat(storedCalls()).isEqualTo(before);
    }

    @Test
    void theDeadlineIsExtendedWithAReasonAndListedInTheHistory() {
        login("t_officer");
        CallDraftBuilder d = new CallDraftBuilder(clock.instant());
        long id = calls.create(d.build());
        calls.publish(id);
        proposals.add(id);

        UI.getCurrent().navigate("calls/edit/" + id);
        CallEditorView view = _get(CallEditorView.class);
        assertThat(view.state.getText()).startsWith("Proposals have been submitted for this call");
        assertThat(view.form.name.isReadOnly()).isTrue();
        assertThat(view.form.criteria.rows.get(0).weight.isReadOnly()).isTrue();
        assertThat(view.form.criteria.add.isVisible()).isFalse();
        assertThat(view.form.save.isVisible()).isFalse();
        assertThat(view.history.isVisible()).isFalse();

        _click(view.extend);
        ExtendDeadlineDialog dialog = view.extendDialog;
        assertThat(dialog.isOpened()).isTrue();
        LocalDateTime current = LocalDateTime.ofInstant(d.closesAt, clock.getZone());
        _setValue(dialog.newClosesAt, current.minusDays(1));
        _click(dialog.confirm);
        assertThat(dialog.newClosesAt.getErrorMessage()).isEqualTo("The new deadline must be later than the current one.");
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("Required");
        assertThat(dialog.confirm.isEnabled()).isTrue();

        _setValue(dialog.newClosesAt, current.plusDays(5));
        _setValue(dialog.reason, "应申报单位要求延长一周");
        _click(dialog.confirm);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(calls.details(id).closesAt()).isEqualTo(d.closesAt.plus(5, ChronoUnit.DAYS));
        assertThat(view.history.isVisible()).isTrue();
        assertThat(GridKt._size(view.history)).isEqualTo(1);
        assertThat(GridKt._get(view.history, 0).reason()).isEqualTo("应申报单位要求延长一周");
        assertThat(view.form.closesAt.getValue()).isEqualTo(current.plusDays(5));
    }

    @Test
    void officersSeeAllCallsAndOpenThemInTheEditor() {
        login("t_officer");
        CallDraftBuilder d = new CallDraftBuilder(clock.instant());
        d.name = "列表测试草稿 " + System.nanoTime();
        long id = calls.create(d.build());
        UI.getCurrent().navigate("calls/manage");
        CallListView list = _get(CallListView.class);
        assertThat(list.create.isVisible()).isTrue();
        _setValue(list.filter, d.name);
        assertThat(GridKt._size(list.grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(list.grid, 0, "status")).isEqualTo("Draft");
        GridKt._clickItem(list.grid, 0, 1, false, false, false, false);
        assertThat(_get(CallEditorView.class).callId).isEqualTo(id);

        logout();
        login("t_leader");
        UI.getCurrent().navigate("calls/manage");
        assertThat(_get(CallListView.class).create.isVisible()).isFalse();
        UI.getCurrent().navigate("calls/edit/" + id);
        assertThat(_find(CallEditorView.class)).isEmpty();
        _get(AccessDeniedView.class);
    }

    @Test
    void applicantsOpenAnOpenCallFromTheListAndCannotOpenDrafts() {
        login("t_officer");
        CallDraftBuilder d = new CallDraftBuilder(clock.instant());
        d.name = "申报人查看测试 " + System.nanoTime();
        d.projectEarliestStart = null;
        long id = calls.create(d.build());
        calls.publish(id);
        long draft = calls.create(new CallDraftBuilder(clock.instant()).build());
        logout();

        login("t_applicant");
        UI.getCurrent().navigate("calls");
        Grid<org.lixiang.call.CallSummary> open = _get(OpenCallsView.class).grid;
        assertThat(open.getId()).hasValue("open-calls");
        int row = -1;
        for (int i = 0; i < GridKt._size(open); i++) {
            if (GridKt._get(open, i).id() == id) {
                row = i;
            }
        }
        assertThat(row).isNotNegative();
        GridKt._clickItem(open, row, 1, false, false, false, false);
        CallDetailView detail = _get(CallDetailView.class);
        assertThat(detail.title.getText()).isEqualTo(d.name);
        assertThat(detail.guide.getText()).isEqualTo(d.description);
        assertThat(detail.facts.getChildren().map(c -> c.getElement().getText()).toList())
                .contains("Fields", "New materials, Electronics and information", "Max. per project",
                        "¥500,000.00", "from no limit to 2028-08-31");
        assertThat(GridKt._size(detail.criteria)).isEqualTo(3);

        UI.getCurrent().navigate("calls/view/" + draft);
        assertThat(_find(CallDetailView.class)).isEmpty();
        _get(ForbiddenObjectView.class);
        UI.getCurrent().navigate("calls/edit/" + id);
        _get(AccessDeniedView.class);
    }

    @Test
    void theEditorWorksInChinese() {
        login("t_officer");
        useLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        CallForm form = openNew().form;
        assertThat(form.criteria.total.getText()).isEqualTo("权重合计：100 / 100");
        _setValue(form.expertsPerProposal, 2);
        _click(form.save);
        assertThat(form.expertsPerProposal.getErrorMessage()).isEqualTo("每个项目至少需要 3 名专家评审。");
        assertThat(ZoneId.of("Asia/Shanghai")).isEqualTo(clock.getZone());
    }
}
