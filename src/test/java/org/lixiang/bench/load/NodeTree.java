package org.lixiang.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The client's copy of a UI's state tree, kept up to date from the {@code changes} of each UIDL
 * response as Flow's client does it ({@code TreeChangeProcessor}): {@code attach} creates a node,
 * {@code detach} drops it, {@code put}/{@code remove} change a map feature (element data, properties,
 * attributes, DOM listeners…), {@code splice}/{@code clear} change a list feature (children, virtual
 * children, class list). Enough to find elements by their {@code id} attribute, read a property,
 * see which DOM events the server listens to, and walk children.
 */
public final class NodeTree {

    // NodeFeatures ids (flow-server com.vaadin.flow.internal.nodefeature.NodeFeatures)
    static final int ELEMENT_DATA = 0;
    static final int ELEMENT_PROPERTIES = 1;
    static final int ELEMENT_CHILDREN = 2;
    static final int ELEMENT_ATTRIBUTES = 3;
    static final int ELEMENT_LISTENERS = 4;
    static final int VIRTUAL_CHILDREN = 24;

    /** One state node: the element's map and list features (values as JSON, node references as ids). */
    public static final class Node {
        final int id;
        final Map<Integer, Map<String, JsonNode>> maps = new HashMap<>();
        final Map<Integer, List<Object>> lists = new HashMap<>();

        Node(int id) {
            this.id = id;
        }

        public int id() {
            return id;
        }

        JsonNode value(int feature, String key) {
            Map<String, JsonNode> map = maps.get(feature);
            return map == null ? null : map.get(key);
        }

        public String tag() {
            JsonNode tag = value(ELEMENT_DATA, "tag");
            return tag == null ? null : tag.asText();
        }

        public String attribute(String name) {
            JsonNode v = value(ELEMENT_ATTRIBUTES, name);
            return v == null || v.isNull() ? null : v.asText();
        }

        public JsonNode property(String name) {
            return value(ELEMENT_PROPERTIES, name);
        }

        /** DOM event name → key of its event-data expressions in the constant pool. */
        public Map<String, String> listeners() {
            Map<String, String> out = new LinkedHashMap<>();
            maps.getOrDefault(ELEMENT_LISTENERS, Map.of()).forEach((event, key) -> out.put(event, key.asText()));
            return out;
        }

        /** Child node ids in order (element children, then virtual children). */
        public List<Integer> children() {
            List<Integer> out = new ArrayList<>();
            for (int f : new int[] {ELEMENT_CHILDREN, VIRTUAL_CHILDREN}) {
                for (Object o : lists.getOrDefault(f, List.of())) {
                    if (o instanceof Integer i) {
                        out.add(i);
                    }
                }
            }
            return out;
        }

        @Override
        public String toString() {
            return "node " + id + " <" + tag() + (attribute("id") == null ? "" : " id=" + attribute("id")) + ">";
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();
    /** Nodes attached by the latest response (for notifications, new views). */
    private final List<Node> attachedLast = new ArrayList<>();

    public NodeTree() {
        nodes.put(1, new Node(1)); // the UI's root node exists before the first change
    }

    /** Applies one response's {@code changes} array. */
    void apply(JsonNode changes) {
        attachedLast.clear();
        if (changes == null) {
            return;
        }
        for (JsonNode c : changes) {
            int id = c.path("node").asInt();
            String type = c.path("type").asText();
            switch (type) {
                case "attach" -> {
                    Node n = new Node(id);
                    nodes.put(id, n);
                    attachedLast.add(n);
                }
                case "detach" -> nodes.remove(id);
                case "put" -> {
                    Node n = node(id, c);
                    Map<String, JsonNode> map = n.maps.computeIfAbsent(c.path("feat").asInt(), f -> new HashMap<>());
                    map.put(c.path("key").asText(), c.has("nodeValue") ? c.get("nodeValue") : c.get("value"));
                }
                case "remove" -> {
                    Map<String, JsonNode> map = node(id, c).maps.get(c.path("feat").asInt());
                    if (map != null) {
                        map.remove(c.path("key").asText());
                    }
                }
                case "splice" -> splice(node(id, c), c);
                case "clear" -> node(id, c).lists.remove(c.path("feat").asInt());
                case "empty" -> node(id, c);
                default -> throw new ProtocolError("unknown change type " + type + ": " + c);
            }
        }
    }

    private void splice(Node n, JsonNode c) {
        int feature = c.path("feat").asInt();
        List<Object> list = n.lists.computeIfAbsent(feature, f -> new ArrayList<>());
        int index = c.path("index").asInt();
        int remove = c.path("remove").asInt(0);
        for (int i = 0; i < remove && index < list.size(); i++) {
            list.remove(index);
        }
        List<Object> added = new ArrayList<>();
        if (c.has("addNodes")) {
            c.get("addNodes").forEach(v -> added.add(v.asInt()));
        } else if (c.has("add")) {
            c.get("add").forEach(added::add);
        }
        list.addAll(Math.min(index, list.size()), added);
    }

    private Node node(int id, JsonNode change) {
        Node n = nodes.get(id);
        if (n == null) {
            throw new ProtocolError("change for unknown node " + id + ": " + change);
        }
        return n;
    }

    public Node get(int id) {
        return nodes.get(id);
    }

    /** The one live element with this id attribute; fails if there is none or more than one. */
    public Node byId(String elementId) {
        List<Node> found = find(n -> elementId.equals(n.attribute("id")));
        if (found.size() != 1) {
            throw new ProtocolError("expected one element #" + elementId + ", found " + found);
        }
        return found.get(0);
    }

    public boolean has(String elementId) {
        return !find(n -> elementId.equals(n.attribute("id"))).isEmpty();
    }

    /**
     * Live nodes matching the predicate, breadth first: reachable from the UI's root node through
     * children and virtual children (a splice may name a node before its attach, so the links are
     * followed at look-up time).
     */
    public List<Node> find(Predicate<Node> test) {
        List<Node> out = new ArrayList<>();
        java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>();
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        todo.add(nodes.get(1));
        while (!todo.isEmpty()) {
            Node n = todo.removeFirst();
            if (!seen.add(n.id)) {
                continue;
            }
            if (test.test(n)) {
                out.add(n);
            }
            for (int child : n.children()) {
                Node c = nodes.get(child);
                if (c != null) {
                    todo.addLast(c);
                }
            }
        }
        return out;
    }

    /** The nodes the latest response attached. */
    public List<Node> attachedLast() {
        return List.copyOf(attachedLast);
    }

    public int size() {
        return nodes.size();
    }
}
