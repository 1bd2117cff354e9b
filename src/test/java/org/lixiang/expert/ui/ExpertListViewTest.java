package org.lixiang.expert.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lixiang.KaribuTest;
import org.lixiang.TestAccounts;
import org.lixiang.TestClock;
import org.lixiang.base.ResearchField;
import org.lixiang.base.ui.AccessDeniedView;
import org.lixiang.expert.ExpertFilter;
import org.lixiang.expert.ExpertFixtures;
import org.lixiang.expert.ExpertFixtures.Expert;
import org.lixiang.expert.ExpertService;
import org.lixiang.expert.ExpertTitle;
import org.lixiang.expert.ExpertUserOption;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

@Import(ExpertFixtures.class)
class ExpertListViewTest extends KaribuTest {

    @Autowired ExpertFixtures fixtures;
    @Autowired ExpertService experts;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;

    private static String tag() {
        return "kw" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void officersFilterThePoolLazily() {
        String tag = tag();
        fixtures.expertWithProfile("甲" + tag, TestAccounts.ORG_A,
                ExpertFixtures.draft(tag + " 隧道机电", ResearchField.EQUIPMENT));
        fixtures.expertWithProfile("乙" + tag, TestAccounts.ORG_B,
                ExpertFixtures.draft(tag + " 土壤修复", ResearchField.AGRICULTURE, ResearchField.ENVIRONMENT));
        login("t_officer");
        UI.getCurrent().navigate("experts");
        ExpertListView view = _get(ExpertListView.class);
        assertThat(_get(SideNav.class).getItems()).extracting(SideNavItem::getPath).contains("experts")
                .doesNotContain("expert/profile");

        _setValue(view.keyword, tag);
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        assertThat(view.total.getText()).isEqualTo("2 experts");
        _setValue(view.field, ResearchField.ENVIRONMENT);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("乙" + tag, "测试申报单位乙",
                "Modern agriculture, Energy saving and environment", "Available");
        _setValue(view.field, null);
        _setValue(view.organization, "申报单位甲");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._get(view.grid, 0).name()).isEqualTo("甲" + tag);
    }

    @Test
    void addingAnExpertShowsEveryProblemAtOnceThenSaves() {
        Expert e = fixtures.expertUser("钱十一", TestAccounts.ORG_A);
        login("t_officer");
        UI.getCurrent().navigate("experts");
        ExpertListView view = _get(ExpertListView.class);
        _click(view.add);
        ExpertEditorDialog editor = view.editor;
        ExpertProfileForm form = editor.form;

        _click(form.save);
        assertThat(editor.user.isInvalid()).isTrue();
        assertThat(editor.user.getErrorMessage()).isEqualTo("Required");
        assertThat(form.fields.getErrorMessage()).isEqualTo("Choose at least one field.");
        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.save.isEnabled()).as("can correct and save again").isTrue();
        assertThat(editor.isOpened()).isTrue();

        ComboBoxKt.setUserInput(editor.user, e.username());
        List<ExpertUserOption> offered = ComboBoxKt.getSuggestionItems(editor.user);
        assertThat(offered).extracting(ExpertUserOption::userId).containsExactly(e.id());
        _setValue(editor.user, offered.get(0));
        _setValue(form.fields, Set.of(ResearchField.BIOMEDICINE));
        _setValue(form.title, ExpertTitle.ASSOCIATE_SENIOR);
        _setValue(form.maxReviews, 99);
        form.conflictPeople.addRow("");
        _setValue(form.conflictPeople.fields.get(0), "孙浩");
        _click(form.save);
        assertThat(form.maxReviews.getErrorMessage()).isEqualTo("Enter a number from 1 to 50.");
        assertThat(editor.user.isInvalid()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from expert_profile where user_id = ?", Integer.class, e.id()))
                .isZero();

        _setValue(form.maxReviews, 3);
        _click(form.save);
        assertThat(editor.isOpened()).isFalse();
        assertThat(experts.details(e.id()).profile().conflictPeople()).containsExactly("孙浩");
        _setValue(view.name, e.username());
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
    }

    @Test
    void anOfficerPausesAnExpertFromTheList() {
        String tag = tag();
        Expert e = fixtures.expertWithProfile("赵十二" + tag, TestAccounts.ORG_B,
                ExpertFixtures.draft(tag, ResearchField.ELECTRONICS));
        login("t_admin");
        UI.getCurrent().navigate("experts");
        ExpertListView view = _get(ExpertListView.class);
        _setValue(view.keyword, tag);
        GridKt._clickItem(view.grid, 0);
        ExpertProfileForm form = view.editor.form;
        assertThat(form.fields.getValue()).containsExactly(ResearchField.ELECTRONICS);
        assertThat(form.pausedUntil.isVisible()).isFalse();

        LocalDate until = LocalDate.now(clock).plusDays(20);
        _setValue(form.availability, ExpertProfileForm.Availability.PAUSED);
        _setValue(form.pausedUntil, until);
        _click(form.save);
        assertThat(view.editor.isOpened()).isFalse();
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("Paused until " + until);
        _setValue(view.availability, ExpertFilter.Availability.AVAILABLE);
        assertThat(GridKt._size(view.grid)).isZero();
        assertThat(experts.details(e.id()).available()).isFalse();
    }

    @Test
    void expertsAndApplicantsCannotOpenThePool() {
        for (String user : List.of("t_expert", "t_applicant")) {
            login(user);
            UI.getCurrent().navigate("experts");
            _get(AccessDeniedView.class);
            logout();
        }
    }
}
