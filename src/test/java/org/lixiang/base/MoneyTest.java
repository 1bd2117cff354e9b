package org.lixiang.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void amountsReadTheSameWhateverTheServersLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Money.format(new BigDecimal("1234567.5"), "—")).isEqualTo("1,234,567.50");
            assertThat(Money.format(new BigDecimal("0.004"), "—")).isEqualTo("0.00");
            assertThat(Money.format(null, "—")).isEqualTo("—");
            assertThat(Money.format(null, "")).isEmpty();
        } finally {
            Locale.setDefault(before);
        }
    }
}
