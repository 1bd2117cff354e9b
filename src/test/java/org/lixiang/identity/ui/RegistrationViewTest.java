package org.lixiang.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.lixiang.KaribuTest;
import org.lixiang.identity.Organization;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class RegistrationViewTest extends KaribuTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    void showsEveryProblemNextToItsFieldAndSavesNothing() {
        UI.getCurrent().navigate("register");
        RegistrationForm form = _get(RegistrationView.class).form;
        int before = jdbc.queryForObject("select count(*) from app_user", Integer.class);

        _setValue(form.username, "t_applicant"); // taken by the test accounts
        _setValue(form.password, "1234567890");
        _setValue(form.email, "no-at-sign");
        _setValue(form.creditCode, "91350100M000100Y44");
        _click(form.submit);

        assertThat(form.username.isInvalid()).isTrue();
        assertThat(form.username.getErrorMessage()).isEqualTo("This user name is already taken.");
        assertThat(form.password.getErrorMessage()).isEqualTo("This password is too common or too easy to guess.");
        assertThat(form.displayName.getErrorMessage()).isEqualTo("Required");
        assertThat(form.email.getErrorMessage()).isEqualTo("Enter a valid e-mail address.");
        assertThat(form.creditCode.getErrorMessage()).startsWith("This is not a valid unified social credit code");
        assertThat(form.organizationKind.isInvalid()).isTrue();
        assertThat(form.submit.isEnabled()).as("can correct and submit again").isTrue();
        assertThat(jdbc.queryForObject("select count(*) from app_user", Integer.class)).isEqualTo(before);
    }

    @Test
    void validRegistrationLeadsToTheLoginPage() {
        UI.getCurrent().navigate("register");
        RegistrationForm form = _get(RegistrationView.class).form;
        _setValue(form.username, "karibu_reg");
        _setValue(form.password, "Quiet-Meadow-2048");
        _setValue(form.displayName, "钱七");
        _setValue(form.email, "qian@example.org");
        _setValue(form.organizationName, "示例新材料研究院");
        _setValue(form.creditCode, "12100000400010398P");
        _setValue(form.organizationKind, Organization.Kind.INSTITUTE);
        _click(form.submit);

        _get(LoginView.class);
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'karibu_reg'", Integer.class))
                .isEqualTo(1);
    }
}
