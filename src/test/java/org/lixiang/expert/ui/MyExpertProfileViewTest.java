package org.lixiang.expert.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lixiang.KaribuTest;
import org.lixiang.TestAccounts;
import org.lixiang.TestClock;
import org.lixiang.base.Messages;
import org.lixiang.base.ResearchField;
import org.lixiang.base.ui.AccessDeniedView;
import org.lixiang.expert.ExpertFixtures;
import org.lixiang.expert.ExpertFixtures.Expert;
import org.lixiang.expert.ExpertService;
import org.lixiang.expert.ExpertTitle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

@Import(ExpertFixtures.class)
class MyExpertProfileViewTest extends KaribuTest {

    @Autowired ExpertFixtures fixtures;
    @Autowired ExpertService experts;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;

    private int profiles(long userId) {
        return jdbc.queryForObject("select count(*) from expert_profile where user_id = ?", Integer.class, userId);
    }

    @Test
    void anExpertWithoutAProfileFillsItInAndProblemsAppearNextToTheirFields() {
        Expert e = fixtures.expertUser("孙十三", TestAccounts.ORG_A);
        login(e.username());
        UI.getCurrent().navigate("expert/profile");
        MyExpertProfileView view = _get(MyExpertProfileView.class);
        assertThat(_get(SideNav.class).getItems()).extracting(SideNavItem::getPath).contains("expert/profile")
                .doesNotContain("experts");
        assertThat(view.person.getText()).isEqualTo("孙十三 · 测试申报单位甲");
        assertThat(view.noProfile.isVisible()).isTrue();
        ExpertProfileForm form = view.form;
        assertThat(form.maxReviews.getValue()).isEqualTo(5);

        _setValue(form.availability, ExpertProfileForm.Availability.PAUSED);
        form.conflictOrganizations.addRow("");
        _setValue(form.conflictOrganizations.fields.get(0), "单".repeat(200) + "位");
        _click(form.save);
        assertThat(form.fields.getErrorMessage()).isEqualTo("Choose at least one field.");
        assertThat(form.title.getErrorMessage()).isEqualTo("Required");
        assertThat(form.pausedUntil.getErrorMessage()).isEqualTo("Required");
        assertThat(form.conflictOrganizations.isInvalid()).isTrue();
        assertThat(form.conflictOrganizations.getErrorMessage()).isEqualTo("Entry 1: at most 200 characters.");
        assertThat(form.save.isEnabled()).isTrue();
        assertThat(profiles(e.id())).isZero();

        LocalDate until = LocalDate.now(clock).plusDays(7);
        _setValue(form.fields, Set.of(ResearchField.AGRICULTURE, ResearchField.ENVIRONMENT));
        _setValue(form.title, ExpertTitle.SENIOR);
        _setValue(form.keywords, "蔬菜育种、设施农业");
        _setValue(form.pausedUntil, until);
        _setValue(form.conflictOrganizations.fields.get(0), "东海农业大学");
        form.conflictOrganizations.addRow("");
        _click(form.save);
        assertThat(form.fields.isInvalid()).isFalse();
        assertThat(view.noProfile.isVisible()).isFalse();
        assertThat(form.conflictOrganizations.fields).hasSize(1);

        UI.getCurrent().navigate("expert/profile");
        MyExpertProfileView again = _get(MyExpertProfileView.class);
        assertThat(again.form.fields.getValue()).containsExactlyInAnyOrder(ResearchField.AGRICULTURE,
                ResearchField.ENVIRONMENT);
        assertThat(again.form.availability.getValue()).isEqualTo(ExpertProfileForm.Availability.PAUSED);
        assertThat(again.form.pausedUntil.getValue()).isEqualTo(until);
        assertThat(again.form.conflictOrganizations.values()).containsExactly("东海农业大学");

        // and makes themselves available again
        _setValue(again.form.availability, ExpertProfileForm.Availability.ACTIVE);
        _click(again.form.save);
        login(e.username());
        assertThat(experts.mine().available()).isTrue();
    }

    @Test
    void speaksChinese() {
        Expert e = fixtures.expertUser("周十四", TestAccounts.ORG_B);
        login(e.username());
        useLocale(Messages.CHINESE);
        UI.getCurrent().navigate("expert/profile");
        MyExpertProfileView view = _get(MyExpertProfileView.class);
        assertThat(view.form.save.getText()).isEqualTo("保存专家信息");
        assertThat(view.form.fields.getLabel()).isEqualTo("专业领域");
        _click(view.form.save);
        assertThat(view.form.fields.getErrorMessage()).isEqualTo("请至少选择一个专业领域。");
    }

    @Test
    void onlyExpertsHaveAnExpertProfilePage() {
        login("t_officer");
        UI.getCurrent().navigate("expert/profile");
        _get(AccessDeniedView.class);
    }
}
