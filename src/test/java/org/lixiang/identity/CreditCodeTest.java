package org.lixiang.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditCodeTest {

    @Test
    void acceptsPublishedCodesWithTheirCheckCharacter() {
        // codes printed on real business licences
        assertThat(CreditCode.isValid("91350100M000100Y43")).isTrue();
        assertThat(CreditCode.isValid("91110000802100433B")).isTrue();
        assertThat(CreditCode.isValid("11100000000013127D")).isTrue();
    }

    @Test
    void rejectsWrongCheckCharacterLengthAndAlphabet() {
        assertThat(CreditCode.isValid("91350100M000100Y44")).isFalse();
        assertThat(CreditCode.isValid("91350100M000100Y4")).isFalse();
        assertThat(CreditCode.isValid("91350100M000100Y433")).isFalse();
        // I, O, S, V and Z are not in the GB 32100 alphabet
        assertThat(CreditCode.isValid("9135010OM000100Y43")).isFalse();
        assertThat(CreditCode.isValid(null)).isFalse();
    }

    @Test
    void normalizesPastedCodesAndComputesTheCheckCharacter() {
        assertThat(CreditCode.normalize(" 91350100m000100y43 ")).isEqualTo("91350100M000100Y43");
        assertThat(CreditCode.withCheckCharacter("91350100M000100Y4")).isEqualTo("91350100M000100Y43");
    }
}
