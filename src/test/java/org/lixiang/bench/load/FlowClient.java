package org.lixiang.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser tab of one user, speaking Vaadin Flow's client-server protocol (Flow 24.9) the way
 * {@code flow-client} does, without a browser. What it sends was read from Flow's sources:
 * {@code Flow.ts} (page load, router), {@code MessageSender}/{@code ServerConnector} (UIDL
 * messages), {@code SimpleElementBindingStrategy} (DOM events, property syncs), the grid
 * connector (its acknowledgements).
 * <ul>
 * <li><b>Page load</b>: GET the route's HTML (the app shell), then {@code ?v-r=init&location=…},
 * which creates the UI and returns its id, the CSRF token ({@code Vaadin-Security-Key}) and sync
 * id 0; then the router's {@code ui-navigate} event on the UI's root node, whose response renders
 * the view.</li>
 * <li><b>UIDL</b>: POST {@code ?v-r=uidl&v-uiId=N} with {@code csrfToken}, {@code rpc},
 * {@code syncId} (the last one the server sent) and {@code clientId} (0, 1, 2… per UI); each
 * response must carry the next sync id and the next client id, else client and server are out
 * of step.</li>
 * <li><b>Login</b>: as the LoginForm does it: a form POST to {@code /login} with
 * {@code username}, {@code password} and Spring Security's token from the page's {@code _csrf}
 * meta tag; the answer is a redirect, which is loaded as a page.</li>
 * </ul>
 * Every response is checked, and anything wrong fails loudly ({@link ProtocolError}) and is
 * recorded as an error, never as a time: an unexpected HTTP status, a body that is not UIDL, an
 * {@code appError} (e.g. a refused CSRF token), {@code sessionExpired}, {@code resynchronize},
 * a sync or client id out of step, a change to an unknown node, an error notification. CSRF and
 * sync-id checks stay on in the server: the client answers them.
 * <p>
 * Not simulated: static resources (JavaScript, CSS, fonts: a browser caches them after its
 * first visit), the 5-minute heartbeat, the unload beacon of a page left behind, and
 * client-only work of the web components.
 */
public final class FlowClient {

    /** Where every HTTP request's outcome goes: its kind, its time, and an error (null if it was answered correctly). */
    public interface Recorder {
        void request(String kind, long nanos, String error);
    }

    /** A row of a grid as the server sent it to the grid connector: its key and column values. */
    public record GridRow(String key, JsonNode values) {
    }

    public static final String GRID_CONFIRM = "grid: confirm update (automatic)";
    public static final String NOTIFICATION_CLOSES = "notification closes (automatic)";
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]*)\"");
    private static final String UIDL_PREFIX = "for(;;);";

    private final UserAgent agent;
    private Page page;
    private int uiId = -1;
    private String csrfToken;
    private int syncId;
    private int clientId;
    private int historyIndex;

    public FlowClient(HttpClient http, URI base, Recorder recorder) {
        this.agent = new UserAgent(http, base, recorder);
    }

    /** The HTTP client a load run shares between its users (each user keeps its own cookies). */
    public static HttpClient httpClient() {
        return UserAgent.sharedClient();
    }

    // ---- what a user does ----

    /**
     * Logs in through the login screen: loads it as a page, posts the form as the LoginForm does,
     * then loads the page the server redirects to (the home screen), as the browser follows it.
     */
    public void login(String username, String password, String kindPage, String kindPost) {
        String html = openPage("login", kindPage, "login-form");
        Matcher m = CSRF_META.matcher(html);
        if (!m.find()) {
            throw new ProtocolError("the login page has no _csrf meta tag");
        }
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
        HttpResponse<String> r = agent.send(kindPost, HttpRequest.newBuilder(agent.resolve("login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), 302, res -> {
                    String to = res.headers().firstValue("Location").orElse("");
                    return to.contains("error") || to.contains("login") ? "login refused: redirected to " + to : null;
                });
        String to = URI.create(r.headers().firstValue("Location").orElseThrow()).getPath();
        openPage(to.startsWith("/") ? to.substring(1) : to, kindPage, "current-user");
    }

    /**
     * A page load of a route: the HTML, the init request, and the router's first
     * {@code ui-navigate}, whose response must show the element with id {@code expect}. Returns the HTML.
     */
    public String openPage(String route, String kind, String expect) {
        HttpResponse<String> html = agent.send(kind + " (html)", HttpRequest.newBuilder(agent.resolve(route)).GET(), 200,
                r -> r.body().contains("window.Vaadin") ? null : "not Vaadin's app shell");
        HttpResponse<String> init = agent.send(kind + " (init)", HttpRequest.newBuilder(
                agent.resolve("?v-r=init&location=" + enc(route) + "&query=")).GET(), 200,
                r -> r.headers().firstValue("Content-Type").orElse("").contains("application/json") ? null
                        : "init answered " + r.headers().firstValue("Content-Type").orElse("?"));
        JsonNode config = parse(init.body()).path("appConfig");
        JsonNode uidl = config.path("uidl");
        if (!config.has("v-uiId") || !uidl.has("Vaadin-Security-Key") || uidl.path("syncId").asInt(-1) != 0) {
            throw new ProtocolError("init response without a UI id, a CSRF token or sync id 0: " + abbreviate(init.body()));
        }
        uiId = config.get("v-uiId").asInt();
        csrfToken = uidl.get("Vaadin-Security-Key").asText();
        syncId = 0;
        clientId = 0;
        historyIndex = 0;
        page = new Page(route);
        page.apply(uidl);
        navigate(route, "", kind + " (navigation)", expect);
        return html.body();
    }

    /**
     * The router's navigation to a route: {@code ui-navigate} on the UI's root node, as
     * {@code Flow.ts} sends it (trigger {@code ""} on a page load, {@code "client"} for a click
     * on a link such as the side menu). The response must show the element with id {@code expect}.
     */
    public void navigate(String route, String trigger, String kind, String expect) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        ObjectNode state = data.putObject("historyState");
        state.put("idx", historyIndex++);
        state.put("key", Integer.toHexString(route.hashCode()));
        data.put("trigger", trigger);
        page.location = route;
        send(kind, array(Rpc.event(1, "ui-navigate", data)), expect);
    }

    /**
     * A click on the element with this id (a button): the {@code click} DOM event with its mouse
     * data. The response must show the element with id {@code expect} (null: no expectation).
     */
    public void click(String elementId, String kind, String expect) {
        NodeTree.Node n = tree().byId(elementId);
        send(kind, array(Rpc.event(n.id(), "click", Rpc.eventData(n, "click", page.constants, Rpc.MOUSE_CLICK))), expect);
    }

    /**
     * A click on a grid row: the grid's {@code item-click} event with the row's key and the
     * clicked cell's column. The response must show the element with id {@code expect}.
     */
    public void clickRow(String gridId, GridRow row, String kind, String expect) {
        NodeTree.Node grid = tree().byId(gridId);
        Map<String, Object> values = new HashMap<>();
        Rpc.MOUSE_CLICK.forEach((k, v) -> values.put("event.detail." + k.substring("event.".length()), v));
        values.put("event.detail.itemKey", row.key());
        List<String> columns = new ArrayList<>();
        row.values().fieldNames().forEachRemaining(f -> {
            if (f.matches("col\\d+")) {
                columns.add(f);
            }
        });
        values.put("event.detail.internalColumnId", columns.isEmpty() ? null : columns.get(0));
        send(kind, array(Rpc.event(grid.id(), "item-click", Rpc.eventData(grid, "item-click", page.constants, values))),
                expect);
    }

    /**
     * Types text into a field, as a browser reports it: for a field synchronised on
     * {@code input} (ValueChangeMode.EAGER) one message per key, each the {@code value}
     * property sync followed by the event; for a field synchronised on {@code change} (the
     * default) one message when the field is left. {@code keyDelayMillis} is the pause between keys.
     */
    public void type(String elementId, String text, long keyDelayMillis, String kind) throws InterruptedException {
        NodeTree.Node n = tree().byId(elementId);
        List<String> events = new ArrayList<>();
        n.listeners().forEach((event, key) -> {
            JsonNode expressions = page.constants.get(key);
            if (expressions != null && expressions.has("}value")) {
                events.add(event);
            }
        });
        if (events.contains("input")) {
            for (int i = 1; i <= text.length(); i++) {
                if (i > 1) {
                    Thread.sleep(keyDelayMillis);
                }
                sync(kind, n, text.substring(0, i), "input");
            }
        } else if (events.contains("change")) {
            sync(kind, n, text, "change");
        } else {
            throw new ProtocolError(n + " does not synchronise its value on input or change: " + n.listeners());
        }
    }

    /**
     * Picks the radio button at this position in a radio group: the button's {@code checked}
     * and the group's {@code value} change in the same turn of the browser's event loop, so both
     * syncs and both events go in one message.
     */
    public void chooseRadio(String groupId, int position, String kind) {
        NodeTree.Node group = tree().byId(groupId);
        List<NodeTree.Node> buttons = tree().find(n -> "vaadin-radio-button".equals(n.tag())
                && group.children().contains(n.id()));
        buttons.sort(Comparator.comparingInt(b -> group.children().indexOf(b.id())));
        if (position >= buttons.size()) {
            throw new ProtocolError("#" + groupId + " has " + buttons.size() + " radio buttons");
        }
        NodeTree.Node button = buttons.get(position);
        ArrayNode rpc = JsonNodeFactory.instance.arrayNode();
        rpc.add(Rpc.mSync(button.id(), "checked", Rpc.bool(true)));
        rpc.add(Rpc.event(button.id(), "checked-changed", Rpc.eventData(button, "checked-changed", page.constants, Map.of())));
        rpc.add(Rpc.mSync(group.id(), "value", button.property("value")));
        rpc.add(Rpc.event(group.id(), "value-changed", Rpc.eventData(group, "value-changed", page.constants, Map.of())));
        send(kind, rpc, null);
    }

    /**
     * What the browser does by itself meanwhile: a notification shown with a duration closes
     * when it has passed, and the web component reports {@code opened = false} (mSync and
     * {@code opened-changed}); the server then removes it. Called before each user action.
     */
    public void runTimers() {
        if (page == null) {
            return;
        }
        for (NodeTree.Node n : page.notificationsToClose()) {
            ArrayNode rpc = JsonNodeFactory.instance.arrayNode();
            rpc.add(Rpc.mSync(n.id(), "opened", Rpc.bool(false)));
            rpc.add(Rpc.event(n.id(), "opened-changed", Rpc.eventData(n, "opened-changed", page.constants, Map.of())));
            send(NOTIFICATION_CLOSES, rpc, null);
        }
    }

    /** Replaces the UI's CSRF token, for the test that shows the server refuses a wrong one. */
    public void forgeCsrfToken(String token) {
        csrfToken = token;
    }

    // ---- what the client knows ----

    public NodeTree tree() {
        return page.tree;
    }

    /** The route the browser's address bar shows (after server-side navigations too). */
    public String location() {
        return page.location;
    }

    /** The rows the server has sent to the grid with this id, in order. */
    public List<GridRow> gridRows(String gridId) {
        return page.rows(tree().byId(gridId).id()).stream().map(item -> new GridRow(item.path("key").asText(), item)).toList();
    }

    // ---- the protocol ----

    private void sync(String kind, NodeTree.Node n, String value, String eventName) {
        ArrayNode rpc = JsonNodeFactory.instance.arrayNode();
        rpc.add(Rpc.mSync(n.id(), "value", Rpc.text(value)));
        rpc.add(Rpc.event(n.id(), eventName, Rpc.eventData(n, eventName, page.constants, Map.of())));
        send(kind, rpc, null);
    }

    private static ArrayNode array(ObjectNode rpc) {
        return JsonNodeFactory.instance.arrayNode().add(rpc);
    }

    /**
     * One UIDL request, whose response must show the element with id {@code expect} (unless
     * null): an error view in its place (a failed navigation) makes the request an error. Then
     * the messages the browser sends by itself in reply (the grid's acknowledgements).
     */
    private void send(String kind, ArrayNode rpc, String expect) {
        uidl(kind, rpc, expect);
        List<ObjectNode> more;
        while (!(more = page.takeFollowUps()).isEmpty()) {
            ArrayNode next = JsonNodeFactory.instance.arrayNode();
            more.forEach(next::add);
            uidl(GRID_CONFIRM, next, null);
        }
    }

    private void uidl(String kind, ArrayNode rpc, String expect) {
        if (uiId < 0) {
            throw new IllegalStateException("no page loaded");
        }
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        payload.put("csrfToken", csrfToken);
        payload.set("rpc", rpc);
        payload.put("syncId", syncId);
        payload.put("clientId", clientId);
        String body;
        try {
            body = Rpc.JSON.writeValueAsString(payload);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        long[] nanos = new long[1];
        HttpResponse<String> r = agent.exchange(kind, HttpRequest.newBuilder(agent.resolve("?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)), nanos);
        try {
            if (r.statusCode() != 200) {
                throw new ProtocolError("HTTP " + r.statusCode() + " " + abbreviate(r.body()));
            }
            if (!r.body().startsWith(UIDL_PREFIX + "[")) {
                throw new ProtocolError("not a UIDL response: " + abbreviate(r.body()));
            }
            JsonNode response = parse(r.body().substring(UIDL_PREFIX.length())).get(0);
            JsonNode meta = response.path("meta");
            if (meta.has("appError")) {
                throw new ProtocolError("appError " + meta.get("appError"));
            }
            if (meta.path("sessionExpired").asBoolean()) {
                throw new ProtocolError("session expired");
            }
            if (response.has("resynchronize")) {
                throw new ProtocolError("the server asked for a resynchronization");
            }
            if (response.path("syncId").asInt(-1) != syncId + 1) {
                throw new ProtocolError("sync id " + response.path("syncId") + ", expected " + (syncId + 1));
            }
            if (response.path("clientId").asInt(-1) != clientId + 1) {
                throw new ProtocolError("client id " + response.path("clientId") + ", expected " + (clientId + 1));
            }
            syncId++;
            clientId++;
            page.apply(response);
            if (expect != null && !page.tree.has(expect)) {
                throw new ProtocolError("the answer shows no #" + expect + " (at " + page.location + ")");
            }
        } catch (RuntimeException e) {
            String problem = e instanceof ProtocolError ? e.getMessage() : e.toString();
            agent.record(kind, nanos[0], problem);
            throw new ProtocolError(kind + ": " + problem, e);
        }
        agent.record(kind, nanos[0], null);
    }

    private static JsonNode parse(String json) {
        try {
            return Rpc.JSON.readTree(json);
        } catch (IOException e) {
            throw new ProtocolError("not JSON: " + abbreviate(json), e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String abbreviate(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
