package org.lixiang.tracking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.lixiang.tracking.ui.Figures.TimeUnit;

/** Step times are shown in the largest unit that keeps the longest average at one or more. */
class TimeUnitTest {

    @Test
    void theUnitFitsTheLongestAverage() {
        assertThat(TimeUnit.fitting(Duration.ofDays(3))).isEqualTo(TimeUnit.DAYS);
        assertThat(TimeUnit.fitting(Duration.ofHours(24))).isEqualTo(TimeUnit.DAYS);
        assertThat(TimeUnit.fitting(Duration.ofHours(23))).isEqualTo(TimeUnit.HOURS);
        assertThat(TimeUnit.fitting(Duration.ofMinutes(59))).isEqualTo(TimeUnit.MINUTES);
        assertThat(TimeUnit.fitting(Duration.ZERO)).isEqualTo(TimeUnit.MINUTES);
    }

    @Test
    void valuesHaveOneDecimal() {
        assertThat(TimeUnit.DAYS.of(Duration.ofHours(36))).isEqualByComparingTo("1.5");
        assertThat(TimeUnit.HOURS.of(Duration.ofMinutes(80))).isEqualByComparingTo("1.3");
        assertThat(TimeUnit.MINUTES.of(Duration.ofSeconds(30))).isEqualByComparingTo("0.5");
    }
}
