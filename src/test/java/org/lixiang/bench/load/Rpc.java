package org.lixiang.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The client-to-server invocations of a UIDL message, as {@code flow-client}'s
 * {@code ServerConnector} writes them (names from flow-server's {@code JsonConstants}).
 */
final class Rpc {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Mouse event data a button click carries (ClickEvent's @EventData). */
    static final Map<String, Object> MOUSE_CLICK = Map.of("event.screenX", 640, "event.screenY", 480, "event.clientX", 600,
            "event.clientY", 400, "event.detail", 1, "event.button", 0, "event.ctrlKey", false, "event.shiftKey", false,
            "event.altKey", false, "event.metaKey", false);

    private Rpc() {
    }

    /** A DOM event the server listens to on a node. */
    static ObjectNode event(int node, String eventName, ObjectNode data) {
        ObjectNode rpc = NODES.objectNode();
        rpc.put("type", "event");
        rpc.put("node", node);
        rpc.put("event", eventName);
        rpc.set("data", data);
        return rpc;
    }

    /** A property the browser changed, synchronised to the server (map feature ELEMENT_PROPERTIES). */
    static ObjectNode mSync(int node, String property, JsonNode value) {
        ObjectNode rpc = NODES.objectNode();
        rpc.put("type", "mSync");
        rpc.put("node", node);
        rpc.put("feature", NodeTree.ELEMENT_PROPERTIES);
        rpc.put("property", property);
        rpc.set("value", value);
        return rpc;
    }

    /** A call of a component's {@code $server} method (a void @ClientCallable: no promise id). */
    static ObjectNode serverMethod(int node, String method, Object... args) {
        ObjectNode rpc = NODES.objectNode();
        rpc.put("type", "publishedEventHandler");
        rpc.put("node", node);
        rpc.put("templateEventMethodName", method);
        var array = rpc.putArray("templateEventMethodArgs");
        for (Object a : args) {
            array.add(JSON.valueToTree(a));
        }
        return rpc;
    }

    /**
     * The event data a browser would send for a DOM event the server listens to: every
     * expression the server asked for (its listener names a constant, a set of expressions)
     * with its value; property syncs ({@code "}name"}) travel as separate mSync invocations. An
     * expression the client has no value for fails, rather than sending something the server
     * did not expect.
     */
    static ObjectNode eventData(NodeTree.Node n, String eventName, Map<String, JsonNode> constants, Map<String, Object> values) {
        String key = n.listeners().get(eventName);
        if (key == null) {
            throw new ProtocolError(n + " has no listener for " + eventName + " (has " + n.listeners().keySet() + ")");
        }
        JsonNode expressions = constants.get(key);
        if (expressions == null) {
            throw new ProtocolError("constant " + key + " of " + eventName + " never sent");
        }
        ObjectNode data = NODES.objectNode();
        expressions.fieldNames().forEachRemaining(expression -> {
            if (expression.startsWith("}")) {
                return;
            }
            if (!values.containsKey(expression)) {
                throw new ProtocolError("no value for event data " + expression + " of " + eventName + " on " + n);
            }
            data.set(expression, JSON.valueToTree(values.get(expression)));
        });
        return data;
    }

    static JsonNode text(String value) {
        return NODES.textNode(value);
    }

    static JsonNode bool(boolean value) {
        return NODES.booleanNode(value);
    }
}
