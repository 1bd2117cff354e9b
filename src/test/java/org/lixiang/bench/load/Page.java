package org.lixiang.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the browser holds of one loaded page's UI, built from the server's responses: the state
 * tree ({@link NodeTree}), the constant pool (event-data expressions are sent once per UI and
 * referred to by key afterwards), the rows each grid received, notifications waiting to close,
 * and the route in the address bar. Of the JavaScript the server asks the browser to run
 * ({@code execute}) it follows only what changes what the user sees or sends: the router's
 * {@code vaadin-navigate}, the grid connector's data, and its {@code confirm}, which the real
 * connector answers with {@code $server.confirmUpdate(id)}.
 */
final class Page {

    final NodeTree tree = new NodeTree();
    final Map<String, JsonNode> constants = new HashMap<>();
    private final Map<Integer, TreeMap<Integer, JsonNode>> gridRows = new HashMap<>();
    /** Notifications shown with a duration: node id → when the browser closes them (System.nanoTime). */
    private final Map<Integer, Long> closing = new LinkedHashMap<>();
    /** Invocations the browser sends by itself once a response is handled. */
    private final List<ObjectNode> followUps = new ArrayList<>();
    String location;

    Page(String location) {
        this.location = location;
    }

    /** Applies a response (or the init's UIDL): constants, tree changes, JavaScript to run. */
    void apply(JsonNode uidl) {
        JsonNode c = uidl.get("constants");
        if (c != null) {
            c.fields().forEachRemaining(e -> constants.put(e.getKey(), e.getValue()));
        }
        tree.apply(uidl.get("changes"));
        for (NodeTree.Node n : tree.attachedLast()) {
            if (!"vaadin-notification".equals(n.tag())) {
                continue;
            }
            // UiErrorHandler shows a failed action as an error notification
            if (n.attribute("theme") != null && n.attribute("theme").contains("error")) {
                throw new ProtocolError("error notification: " + n.property("text"));
            }
            JsonNode duration = n.property("duration");
            if (duration != null && duration.asLong() > 0) {
                closing.put(n.id(), System.nanoTime() + duration.asLong() * 1_000_000);
            }
        }
        JsonNode execute = uidl.get("execute");
        if (execute != null) {
            for (JsonNode call : execute) {
                execute(call);
            }
        }
    }

    private void execute(JsonNode call) {
        String script = call.get(call.size() - 1).asText();
        if (script.contains("'vaadin-navigate'")) {
            location = call.get(1).asText();
        } else if (script.contains("$connector.set($1,$2)")) {
            TreeMap<Integer, JsonNode> rows = gridRows.computeIfAbsent(nodeRef(call.get(0)), g -> new TreeMap<>());
            int index = call.get(1).asInt();
            JsonNode items = unwrapArray(call.get(2));
            for (int i = 0; i < items.size(); i++) {
                rows.put(index + i, items.get(i));
            }
        } else if (script.contains("$connector.reset()")) {
            gridRows.remove(nodeRef(call.get(0)));
        } else if (script.contains("$connector.updateSize($1)")) {
            TreeMap<Integer, JsonNode> rows = gridRows.get(nodeRef(call.get(0)));
            if (rows != null) {
                rows.tailMap(call.get(1).asInt(), true).clear();
            }
        } else if (script.contains("$connector.confirm($1)")) {
            followUps.add(Rpc.serverMethod(nodeRef(call.get(0)), "confirmUpdate", call.get(1).asInt()));
        }
    }

    /** The invocations waiting to be sent by the browser itself (taken: the list is emptied). */
    List<ObjectNode> takeFollowUps() {
        List<ObjectNode> out = List.copyOf(followUps);
        followUps.clear();
        return out;
    }

    /** The rows a grid has received, in order. */
    List<JsonNode> rows(int gridNode) {
        return new ArrayList<>(gridRows.getOrDefault(gridNode, new TreeMap<>()).values());
    }

    /** Notifications still open whose time is up (each returned once). */
    List<NodeTree.Node> notificationsToClose() {
        List<NodeTree.Node> due = new ArrayList<>();
        long now = System.nanoTime();
        for (Iterator<Map.Entry<Integer, Long>> it = closing.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Integer, Long> e = it.next();
            if (e.getValue() - now <= 0) {
                it.remove();
                NodeTree.Node n = tree.get(e.getKey());
                if (n != null && n.property("opened") != null && n.property("opened").asBoolean()) {
                    due.add(n);
                }
            }
        }
        return due;
    }

    /** A node reference among executeJs arguments: {@code [0, nodeId]}. */
    private static int nodeRef(JsonNode value) {
        if (!value.isArray() || value.get(0).asInt() != 0) {
            throw new ProtocolError("not a node reference: " + value);
        }
        return value.get(1).asInt();
    }

    /** An array among executeJs arguments: {@code [1, [...]]}. */
    private static JsonNode unwrapArray(JsonNode value) {
        return value.isArray() && value.size() == 2 && value.get(0).isNumber() && value.get(0).asInt() == 1
                ? value.get(1) : value;
    }
}
