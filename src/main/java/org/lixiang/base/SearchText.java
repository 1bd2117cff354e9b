package org.lixiang.base;

import java.util.Locale;

/**
 * What a user types into a search box, as a case-insensitive "contains" pattern for a LIKE with
 * {@code escape '\'}: the user's own %, _ and \ match themselves. Blank text gives "" (no filter).
 */
public final class SearchText {

    private SearchText() {
    }

    public static String containsPattern(String typed) {
        String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return t.isEmpty() ? "" : "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
