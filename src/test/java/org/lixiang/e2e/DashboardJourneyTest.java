package org.lixiang.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 6's dashboard and "where a proposal stands" in Chromium, on the demo data: the officer
 * opens the dashboard (Chart.js canvases with their tables), switches to all calls, then opens a
 * proposal in expert review and sees its process drawn by bpmn-js with the current step marked.
 */
class DashboardJourneyTest extends BrowserTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    void officerSeesTheChartsAndWhereAProposalStands() {
        login("officer");
        page.locator("#nav-dashboard").click();
        for (String figure : new String[] {"funnel", "reviews", "steps", "amounts", "fields", "organizations"}) {
            assertThat(page.locator("#figure-" + figure + " lixiang-chart canvas")).hasCount(1);
        }
        // the canvases are drawn (Chart.js sizes them), not just present
        page.waitForFunction("() => [...document.querySelectorAll('lixiang-chart')]"
                + ".every(c => c.shadowRoot && c.shadowRoot.querySelector('canvas').width > 0)");
        page.locator("#figure-funnel vaadin-details-summary").click();
        assertThat(page.locator("#figure-funnel-numbers")).containsText("Submitted");
        screenshot("dashboard-call");

        page.locator("#dashboard-call").click();
        page.locator("vaadin-select-item:visible", new Page.LocatorOptions().setHasText("All calls")).click();
        assertThat(page.locator("#dashboard-scope")).hasText("All published calls together.");
        page.waitForFunction("() => [...document.querySelectorAll('lixiang-chart')]"
                + ".every(c => c.shadowRoot && c.shadowRoot.querySelector('canvas').width > 0)");
        screenshot("dashboard-all");

        long inReview = jdbc.queryForObject("""
                select min(p.id) from proposal p join review_assignment a on a.proposal_id = p.id
                where p.status = 'EXPERT_REVIEW' and a.status = 'SUBMITTED'""", Long.class);
        page.navigate(url("proposals/" + inReview));
        assertThat(page.locator("#process-current")).containsText("Expert review");
        page.locator("lixiang-process-diagram[data-rendered]").waitFor();
        assertThat(page.locator("lixiang-process-diagram .djs-element.current[data-element-id=review]")).hasCount(1);
        assertThat(page.locator("lixiang-process-diagram .djs-element.done[data-element-id=formalReview]")).hasCount(1);
        assertThat(page.locator("lixiang-process-diagram .djs-element[data-element-id=departmentOpinion]"))
                .not().hasClass(java.util.regex.Pattern.compile(".*\\b(done|current)\\b.*"));
        page.locator("#process-diagram").scrollIntoViewIfNeeded();
        screenshot("proposal-diagram");
    }

    /** The layout scrolls inside the window, so a tall window shows the whole screen at once. */
    private void screenshot(String name) {
        page.setViewportSize(1366, 2000);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Paths.get("target/screenshots/DashboardJourneyTest-" + name + ".png")));
        page.setViewportSize(1366, 900);
    }
}
