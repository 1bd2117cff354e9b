package org.lixiang.base;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Amounts in yuan as the bureau writes them in both languages: thousands grouped, two decimals
 * (1,234,567.00). The format is fixed rather than taken from the JVM's default locale, so a
 * server installed with, say, a German locale still prints 1,234.56 and not 1.234,56.
 */
public final class Money {

    private Money() {
    }

    /** The amount, or {@code none} where there is no amount (a dash on screens, empty in a spreadsheet). */
    public static String format(BigDecimal amount, String none) {
        return amount == null ? none : String.format(Locale.ROOT, "%,.2f", amount);
    }
}
