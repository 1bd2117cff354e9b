package org.lixiang.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginJourneyTest extends BrowserTest {

    @Test
    void applicantLogsInSeesTheirMenuAndTheOpenCallThenLogsOut() {
        login("applicant");
        assertThat(page.locator("#current-user")).containsText("张伟");
        assertThat(page.locator("#current-user")).containsText("Applicant");
        assertThat(page.locator("#nav-calls")).isVisible();
        assertThat(page.locator("#nav-tasks")).isVisible();
        assertThat(page.locator("#nav-admin-users")).hasCount(0);

        page.locator("#nav-calls").click();
        assertThat(page.locator("#open-calls")).containsText("2026年度市科技计划项目（第一批）");

        // a mistyped address: a plain "not found" in the user's language, no list of the portal's routes
        page.navigate(url("no/such/page"));
        assertThat(page.locator("#not-found")).containsText("Page not found");
        assertThat(page.locator("body")).not().containsText("admin/users");
        page.navigate(url(""));

        logout();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login.*"));
        page.navigate(url("calls"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
    }

    @Test
    void wrongPasswordShowsTheSameMessageForAnyAccount() {
        page.navigate(url("login"));
        page.locator("vaadin-login-form input[name=username]").fill("applicant");
        page.locator("vaadin-login-form input[name=password]").fill("not-the-password");
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        assertThat(page.locator("vaadin-login-form")).containsText("The user name or password is incorrect.");
    }
}
