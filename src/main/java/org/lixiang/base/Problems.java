package org.lixiang.base;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects input problems so a form can show all of them at once, then throws if any. */
public final class Problems {

    private static final Pattern TEMPLATE_SYNTAX = Pattern.compile("\\$\\{|#\\{");

    private final List<InvalidInputException.Problem> list = new ArrayList<>();

    public Problems add(String field, String key, Object... args) {
        list.add(new InvalidInputException.Problem(field, key, args));
        return this;
    }

    /** Required text, at most {@code max} characters, with no expression-language syntax in it. */
    public String text(String field, String value, int max, boolean required) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            if (required) {
                add(field, "validation.required");
            }
            return trimmed;
        }
        if (trimmed.length() > max) {
            add(field, "validation.tooLong", max);
        } else if (TEMPLATE_SYNTAX.matcher(trimmed).find()) {
            add(field, "validation.expression");
        }
        return trimmed;
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw new InvalidInputException(list);
        }
    }
}
