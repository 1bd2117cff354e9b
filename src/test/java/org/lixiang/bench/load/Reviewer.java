package org.lixiang.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One simulated expert at work, as a list of user actions on the real screens: log in; then,
 * per review, open the task inbox from the side menu, click the first task (the scoring form,
 * {@code review/score/{taskId}}, opens), type the three scores, the recommended budget, pick the
 * recommendation, write both comments, and submit (the portal then shows the inbox again). Each
 * action is a few HTTP requests; between actions the user thinks (the load run's think time);
 * within one field the keys come {@link #KEY_DELAY_MILLIS} apart.
 */
public final class Reviewer {

    /** Kinds of request, as the report groups them. */
    public static final String LOGIN_PAGE = "page load", LOGIN_POST = "login (form POST)", INBOX = "open inbox (side menu)",
            OPEN_TASK = "open task (grid row click)", POINTS = "type a score (input, per key)",
            FIELD = "field change (budget, comments)", RECOMMENDATION = "choose recommendation (radio)",
            SUBMIT = "submit (then the inbox)";
    static final long KEY_DELAY_MILLIS = 180;
    /** The values typed: points within the default criteria's maxima (30/30/40), a budget below any bench proposal's request. */
    static final String[][] POINTS_TYPED = {{"24", "23", "32"}, {"22", "25", "30"}, {"26", "24", "35"}};
    static final String BUDGET = "250000";
    static final String COMMENT_TO_APPLICANT = "研究方案可行，技术路线清晰，建议细化考核指标。";
    static final String COMMENT_TO_BUREAU = "申报单位前期基础较好，预算基本合理。";

    /** What happened to one review this user opened. */
    public record Submitted(String username, String taskId) {
    }

    private final FlowClient client;
    private final String username;
    private final String password;
    private final Random random;
    private final List<Submitted> submitted = new ArrayList<>();
    private String openTask;
    private String[] points;
    private boolean outOfWork;

    public Reviewer(FlowClient client, String username, String password, long seed) {
        this.client = client;
        this.username = username;
        this.password = password;
        this.random = new Random(seed);
    }

    /** The actions of one session: the login, then one review after another (until the run stops it). */
    public interface Action {
        void run() throws InterruptedException;
    }

    public Action login() {
        return () -> client.login(username, password, LOGIN_PAGE, LOGIN_POST);
    }

    /** The actions of one review, from the inbox to the submission. */
    public List<Action> oneReview() {
        return List.of(this::openInbox, this::openFirstTask,
                () -> client.type("points-0", points[0], KEY_DELAY_MILLIS, POINTS),
                () -> client.type("points-1", points[1], KEY_DELAY_MILLIS, POINTS),
                () -> client.type("points-2", points[2], KEY_DELAY_MILLIS, POINTS),
                () -> client.type("recommended-budget", BUDGET, KEY_DELAY_MILLIS, FIELD),
                () -> client.chooseRadio("recommendation", 1, RECOMMENDATION), // the second: SUPPORT
                () -> client.type("comment-applicant", COMMENT_TO_APPLICANT, KEY_DELAY_MILLIS, FIELD),
                () -> client.type("comment-bureau", COMMENT_TO_BUREAU, KEY_DELAY_MILLIS, FIELD),
                this::submit);
    }

    void openInbox() {
        client.navigate("tasks", "client", INBOX, "my-tasks");
    }

    void openFirstTask() {
        List<FlowClient.GridRow> rows = client.gridRows("my-tasks");
        if (rows.isEmpty()) {
            outOfWork = true;
            return;
        }
        client.clickRow("my-tasks", rows.get(0), OPEN_TASK, "submit-review");
        String at = client.location();
        if (at == null || !at.startsWith("review/score/")) {
            throw new ProtocolError("the task did not open the scoring form (at " + at + ")");
        }
        openTask = at.substring("review/score/".length());
        points = POINTS_TYPED[random.nextInt(POINTS_TYPED.length)];
    }

    void submit() {
        client.click("submit-review", SUBMIT, "my-tasks"); // a refused form stays: no inbox
        if (!"tasks".equals(client.location())) {
            throw new ProtocolError("submit did not go back to the inbox (at " + client.location()
                    + "): the form was refused");
        }
        submitted.add(new Submitted(username, openTask));
        openTask = null;
    }

    /** True once the inbox had no task left to open; the remaining actions of the review are skipped. */
    public boolean outOfWork() {
        return outOfWork;
    }

    public List<Submitted> submitted() {
        return List.copyOf(submitted);
    }

    /** The comment to the applicant every simulated expert writes (what the database must hold). */
    public static String commentToApplicant() {
        return COMMENT_TO_APPLICANT;
    }

    public static String commentToBureau() {
        return COMMENT_TO_BUREAU;
    }

    FlowClient client() {
        return client;
    }

    public String username() {
        return username;
    }
}
