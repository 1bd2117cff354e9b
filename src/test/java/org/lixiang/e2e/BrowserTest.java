package org.lixiang.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInfo;
import org.lixiang.TestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A real browser (Debian's Chromium, driven by Playwright) against the portal on a random port,
 * on this run's PostgreSQL database with the demo data loaded. Tagged {@code e2e}: the fast
 * suite skips these; {@code ./mvnw verify} runs them in the integration-test phase.
 */
@Tag("e2e")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lixiang.demo-data=always", "flowable.async-executor-activate=true"})
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
public abstract class BrowserTest {

    static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
    protected static final String DEMO_PASSWORD = "Demo@Lixiang2026";

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort protected int port;

    /** The shared browser, for tests that need several independent sessions at once. */
    protected static Browser browser() {
        return browser;
    }
    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        if (!Files.isExecutable(Path.of(CHROMIUM))) {
            throw new IllegalStateException("Browser tests need Chromium at " + CHROMIUM
                    + " (apt-get install chromium, or set CHROMIUM_PATH)");
        }
        // Playwright may not download its own browsers here: it drives the system's Chromium
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(CHROMIUM)).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US")
                .setViewportSize(1366, 900));
        context.setDefaultTimeout(30_000);
        page = context.newPage();
        waitForTheFrontend();
    }

    /** Set once the portal has served its first screen: the development bundle is ready. */
    private static volatile boolean frontendReady;

    /**
     * On a clean checkout Vaadin builds the development bundle (npm install and Vite, for the
     * npm packages of the charts and the process diagram) when the portal starts, which takes
     * minutes on a busy machine; until then no screen renders. Waits for the login screen once.
     */
    private void waitForTheFrontend() {
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(15).toNanos();
        while (!frontendReady) {
            try {
                page.navigate(url("login"));
                page.locator("vaadin-login-form input[name=username]").waitFor(
                        new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(20_000));
                frontendReady = true;
            } catch (com.microsoft.playwright.PlaywrightException stillBuilding) {
                if (System.nanoTime() > deadline) {
                    throw stillBuilding;
                }
            }
        }
    }

    @AfterEach
    void closePage(TestInfo info) {
        try {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Paths.get("target/screenshots/" + getClass().getSimpleName() + "-"
                            + info.getTestMethod().map(m -> m.getName()).orElse("test") + ".png")));
        } finally {
            context.close();
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    protected org.springframework.security.core.userdetails.UserDetailsService users;
    @org.springframework.beans.factory.annotation.Autowired
    protected org.lixiang.workflow.TaskInbox inbox;

    /** Prepares data through the real services as a demo user, outside the browser. */
    protected <T> T as(String username, java.util.function.Supplier<T> work) {
        org.lixiang.base.AppPrincipal user = (org.lixiang.base.AppPrincipal) users.loadUserByUsername(username);
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    /** The open task of a step of the process with this business key, for the user logged in by {@link #as}. */
    protected String task(String businessKey, String step) {
        return inbox.page(0, 500).stream().filter(t -> businessKey.equals(t.businessKey()) && step.equals(t.stepKey()))
                .map(org.lixiang.workflow.TaskSummary::id).findFirst().orElse(null);
    }

    /**
     * Picks the item of a combo box whose label contains {@code text}: typed to filter, then the
     * matching item clicked (never just the first one, which may still be from before filtering).
     */
    protected void choose(String comboBoxId, String text) {
        page.locator("#" + comboBoxId + " input").fill(text);
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(text)).first().click();
    }

    /**
     * A project period the demo call accepts whenever the tests run (its earliest start is the
     * first of the month three months ahead), typed as the en-US date pickers expect.
     */
    protected static String[] projectPeriod() {
        java.time.LocalDate start = java.time.LocalDate.now().plusMonths(4).withDayOfMonth(1);
        java.time.format.DateTimeFormatter us = java.time.format.DateTimeFormatter.ofPattern("M/d/yyyy");
        return new String[] {us.format(start), us.format(start.plusMonths(22).minusDays(1))};
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    protected void login(String username) {
        page.navigate(url("login"));
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(DEMO_PASSWORD);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.locator("#current-user").waitFor();
    }

    protected void logout() {
        page.locator("#logout").click();
        page.locator("vaadin-login-form").waitFor();
    }
}
