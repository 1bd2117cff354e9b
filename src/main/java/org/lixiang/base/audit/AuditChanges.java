package org.lixiang.base.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an edit changed, field by field: only the fields whose value differs, each with its value
 * before and after. Long values are cut, so an edited summary does not copy whole documents into
 * the trail; the full versions stay where the feature keeps them.
 */
public final class AuditChanges {

    /** One changed field: its name (stable, not translated), the value before and after ("" = empty). */
    public record Change(String field, String before, String after) {
    }

    static final int MAX_VALUE = 800;
    private static final int MAX_STORED = 20000;
    private static final int SHORT_VALUE = 120;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Change> changes = new ArrayList<>();

    private AuditChanges() {
    }

    public static AuditChanges diff() {
        return new AuditChanges();
    }

    /**
     * The fields whose values differ between two readings of the same object, in the order of
     * {@code before} (then fields only {@code after} has).
     */
    public static AuditChanges between(java.util.Map<String, ?> before, java.util.Map<String, ?> after) {
        AuditChanges changes = new AuditChanges();
        java.util.Set<String> names = new java.util.LinkedHashSet<>(before.keySet());
        names.addAll(after.keySet());
        names.forEach(n -> changes.field(n, before.get(n), after.get(n)));
        return changes;
    }

    /** Adds the field if its value changed; numbers compare by value (1.0 equals 1.00). */
    public AuditChanges field(String name, Object before, Object after) {
        String b = text(before);
        String a = text(after);
        if (!Objects.equals(b, a)) {
            changes.add(new Change(name, cut(b, MAX_VALUE), cut(a, MAX_VALUE)));
        }
        return this;
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public List<Change> list() {
        return List.copyOf(changes);
    }

    /** The names of the changed fields, for the entry's one-line detail. */
    public String fieldNames() {
        return String.join(", ", changes.stream().map(Change::field).toList());
    }

    String toJson() {
        if (changes.isEmpty()) {
            return null;
        }
        String json = write(changes);
        if (json.length() > MAX_STORED) {
            // many long fields at once: keep every field name, shorten the values
            json = write(changes.stream()
                    .map(c -> new Change(c.field(), cut(c.before(), SHORT_VALUE), cut(c.after(), SHORT_VALUE))).toList());
        }
        return json.length() > MAX_STORED ? write(List.of(new Change("fields", "", fieldNames()))) : json;
    }

    static List<Change> fromJson(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<List<Change>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable audit changes", e);
        }
    }

    private static String write(List<Change> list) {
        try {
            return JSON.writeValueAsString(list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write audit changes", e);
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
