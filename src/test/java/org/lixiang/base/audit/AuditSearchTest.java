package org.lixiang.base.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lixiang.IntegrationTest;
import org.lixiang.TestAccounts;
import org.lixiang.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The trail's search on PostgreSQL: every filter, newest first, pages by offset and limit, with its count. */
@IntegrationTest
class AuditSearchTest {

    private static final LocalDate DAY1 = LocalDate.of(2026, 3, 1);
    private static final LocalDate DAY2 = LocalDate.of(2026, 3, 5);

    @Autowired AuditLog audit;
    @Autowired TestAccounts accounts;
    @Autowired TestClock clock;
    @Autowired PlatformTransactionManager transactions;

    private String action;

    @BeforeEach
    void aKnownSetOfEntries() {
        // object types of their own too, so no real proposal or call of another test gets these entries
        // an action name of its own, so the entries of other tests in the same database do not count
        action = "TEST_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        TransactionTemplate tx = new TransactionTemplate(transactions);
        ZoneId zone = clock.getZone();
        accounts.as("t_officer");
        for (int i = 1; i <= 15; i++) {
            int n = i;
            // late in the evening of day 1, bureau time: a UTC date would put it on day 2
            clock.set(LocalDateTime.of(DAY1, java.time.LocalTime.of(23, 30)).atZone(zone).toInstant().plusSeconds(n));
            tx.executeWithoutResult(s -> audit.record(action, "testdoc", n,
                    n % 5 == 0 ? "进度 100%" : "进度 1000 分"));
        }
        accounts.as("t_leader");
        for (int i = 1; i <= 10; i++) {
            int n = i;
            clock.set(LocalDateTime.of(DAY2, java.time.LocalTime.of(0, 10)).atZone(zone).toInstant().plusSeconds(n));
            tx.executeWithoutResult(s -> audit.record(action, "testcall", 77, n == 3 ? "Mixed CASE marker" : "意见",
                    n == 4 ? AuditChanges.diff().field("title", "甲", "乙特征词") : null));
        }
        accounts.as("t_officer");
    }

    @AfterEach
    void reset() {
        clock.reset();
        accounts.logout();
    }

    private AuditQuery mine() {
        return AuditQuery.all().withAction(action);
    }

    private long count(String text, String actor, String type, String id, LocalDate from, LocalDate to) {
        return audit.count(new AuditQuery(text, action, actor, type, id, from, to));
    }

    @Test
    void pagesAreNewestFirstAndTileTheWholeResult() {
        assertThat(audit.count(mine())).isEqualTo(25);
        List<AuditEntry> all = audit.search(mine(), 0, 100);
        assertThat(all).hasSize(25);
        assertThat(all).extracting(AuditEntry::getId).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(all.get(0).getObjectType()).isEqualTo("testcall");

        List<Long> paged = new ArrayList<>();
        for (int offset = 0; offset < 25; offset += 10) {
            List<AuditEntry> page = audit.search(mine(), offset, 10);
            assertThat(page).hasSize(offset == 20 ? 5 : 10);
            page.forEach(e -> paged.add(e.getId()));
        }
        assertThat(paged).isEqualTo(all.stream().map(AuditEntry::getId).toList());
        // an offset that is not a multiple of the page size (Vaadin's grid asks like that)
        assertThat(audit.search(mine(), 5, 7)).extracting(AuditEntry::getId)
                .isEqualTo(IntStream.range(5, 12).mapToObj(i -> all.get(i).getId()).toList());
        assertThat(audit.search(mine(), 25, 10)).isEmpty();
    }

    @Test
    void eachFilterNarrowsTheResult() {
        assertThat(count(null, "t_leader", null, null, null, null)).isEqualTo(10);
        assertThat(count(null, "t_officer", null, null, null, null)).isEqualTo(15);
        assertThat(count(null, "t_nobody", null, null, null, null)).isZero();
        assertThat(count(null, null, "testcall", "77", null, null)).isEqualTo(10);
        assertThat(count(null, null, "testdoc", "7", null, null)).isEqualTo(1);
        assertThat(count(null, null, "testdoc", null, null, null)).isEqualTo(15);
        assertThat(count("  ", " ", "", "", null, null)).isEqualTo(25);
    }

    @Test
    void datesAreWholeDaysInTheBureausTimeZoneBothIncluded() {
        assertThat(count(null, null, null, null, DAY1, DAY1)).isEqualTo(15);
        assertThat(count(null, null, null, null, DAY2, null)).isEqualTo(10);
        assertThat(count(null, null, null, null, null, DAY1)).isEqualTo(15);
        assertThat(count(null, null, null, null, DAY1, DAY2)).isEqualTo(25);
        assertThat(count(null, null, null, null, DAY1.plusDays(1), DAY2.minusDays(1))).isZero();
    }

    @Test
    void textSearchesDetailChangesActorAndObjectIdIgnoringCaseWithLiteralWildcards() {
        // "100%" is the text itself: the user's % must not match "1000 分"
        assertThat(count("100%", null, null, null, null, null)).isEqualTo(3);
        assertThat(count("mixed case", null, null, null, null, null)).isEqualTo(1);
        assertThat(count("乙特征词", null, null, null, null, null)).isEqualTo(1);
        assertThat(count("t_lead", null, null, null, null, null)).isEqualTo(10);
        assertThat(count("_", null, null, null, null, null)).isEqualTo(25); // every actor name has one
        assertThat(audit.search(new AuditQuery("乙特征词", action, null, null, null, null, null), 0, 10))
                .singleElement().satisfies(e -> assertThat(e.getChanges())
                        .containsExactly(new AuditChanges.Change("title", "甲", "乙特征词")));
        assertThat(audit.actions()).contains(action);
    }
}
