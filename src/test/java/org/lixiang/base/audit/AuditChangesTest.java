package org.lixiang.base.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The field-level diff an edit's audit entry keeps. */
class AuditChangesTest {

    @Test
    void onlyChangedFieldsAreKeptAndNumbersCompareByValue() {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("name", "旧名称");
        before.put("maxBudget", new BigDecimal("500000.00"));
        before.put("phone", null);
        before.put("blind", false);
        Map<String, Object> after = new LinkedHashMap<>(before);
        after.put("name", "新名称");
        after.put("maxBudget", new BigDecimal("500000"));
        after.put("blind", true);
        after.put("email", "a@example.org");

        AuditChanges changes = AuditChanges.between(before, after);
        assertThat(changes.list()).containsExactly(
                new AuditChanges.Change("name", "旧名称", "新名称"),
                new AuditChanges.Change("blind", "false", "true"),
                new AuditChanges.Change("email", "", "a@example.org"));
        assertThat(changes.fieldNames()).isEqualTo("name, blind, email");
        assertThat(AuditChanges.fromJson(changes.toJson())).isEqualTo(changes.list());
    }

    @Test
    void noChangeStoresNothing() {
        AuditChanges none = AuditChanges.diff().field("title", "同一个", "同一个").field("amount", BigDecimal.ZERO,
                new BigDecimal("0.00"));
        assertThat(none.isEmpty()).isTrue();
        assertThat(none.toJson()).isNull();
        assertThat(AuditChanges.fromJson(null)).isEmpty();
    }

    @Test
    void longValuesAreCutSoTheEntryNeverCopiesWholeDocuments() {
        String longText = "研".repeat(5000);
        AuditChanges one = AuditChanges.diff().field("summary", "", longText);
        assertThat(one.list().get(0).after()).hasSize(AuditChanges.MAX_VALUE).endsWith("…");

        AuditChanges many = AuditChanges.diff();
        for (int i = 0; i < 40; i++) {
            many.field("field" + i, "旧" + longText, "新" + longText);
        }
        String json = many.toJson();
        assertThat(json.length()).isLessThanOrEqualTo(20000);
        assertThat(AuditChanges.fromJson(json)).hasSize(40).allSatisfy(c -> assertThat(c.after()).hasSizeLessThan(200));
    }
}
