package org.lixiang.call.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Paths;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.lixiang.e2e.BrowserTest;

/** The officer's journey through the call screens in Chromium, on the demo data. */
class CallEditorBrowserTest extends BrowserTest {

    @Test
    void officerOpensTheDraftFromTheListSeesTheWeightsTotalAndPublishesIt() {
        login("officer");
        page.locator("#nav-calls-manage").click();
        assertThat(page.locator("#manage-calls")).containsText("2026年度软科学研究项目");
        page.locator("#manage-calls").getByText("2026年度软科学研究项目").click();

        assertThat(page.locator("#call-state")).containsText("Draft: applicants cannot see this call");
        assertThat(page.locator("#weights-total")).hasText("Weights total: 100 of 100");
        page.locator("#add-criterion").click();
        assertThat(page.getByLabel("Weight (%)")).hasCount(4);
        assertThat(page.locator("#weights-total")).hasText("Weights total: 100 of 100");
        page.getByLabel("Weight (%)").last().fill("10");
        page.getByLabel("Weight (%)").last().blur();
        assertThat(page.locator("#weights-total")).hasText("Weights total: 110 of 100");
        page.locator("#save-call").click();
        assertThat(page.locator(".criteria-error")).hasText("The weights add up to 110; they must add up to 100.");
        assertThat(page.locator("vaadin-text-field[invalid]")).hasCount(1);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/CallEditorBrowserTest-problems.png")));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove criterion")).last().click();
        assertThat(page.locator("#weights-total")).hasText("Weights total: 100 of 100");
        page.locator("#publish-call").click();
        assertThat(page.locator("#call-state")).containsText("Published: applicants can see this call.");
        assertThat(page.locator("#extend-deadline")).isVisible();
        page.locator("#call-state").scrollIntoViewIfNeeded();
    }

    @Test
    void applicantOpensAnOpenCallAndReadsTheGuide() {
        login("applicant");
        page.locator("#nav-calls").click();
        page.locator("#open-calls").getByText("2026年度市科技计划项目（第一批）").click();
        assertThat(page.locator("#call-guide")).containsText("支持方向：新材料");
        assertThat(page.locator("#call-facts")).containsText("Max. per project");
        assertThat(page.locator("#call-criteria")).containsText("预期水平与效益");
    }
}
