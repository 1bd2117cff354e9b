package org.lixiang.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.lixiang.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Proposal numbers: consecutive per year, the year's counter created by its first submission
 * (also when two first submissions race), and a rolled-back submission gives its number back.
 * Each test uses a year no other test submits in.
 */
@IntegrationTest
class ProposalNumbersTest {

    @Autowired ProposalNumbers numbers;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theYearsFirstNumberCreatesItsCounterAndTheNextOnesFollow() {
        assertThat(counter(2091)).isNull();
        assertThat(next(2091)).isEqualTo("2091-KJ-0001");
        assertThat(next(2091)).isEqualTo("2091-KJ-0002");
        assertThat(counter(2091)).isEqualTo(2);
    }

    @Test
    void aRolledBackSubmissionGivesItsNumberBack() {
        tx.execute(s -> numbers.next(2092));
        tx.executeWithoutResult(s -> {
            assertThat(numbers.next(2092)).isEqualTo("2092-KJ-0002");
            s.setRollbackOnly();
        });
        assertThat(next(2092)).isEqualTo("2092-KJ-0002");
    }

    @Test
    void twoFirstSubmissionsOfAYearGetTwoNumbers() throws Exception {
        CyclicBarrier bothStarted = new CyclicBarrier(2);
        List<CompletableFuture<String>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(CompletableFuture.supplyAsync(() -> tx.execute(s -> {
                await(bothStarted); // both transactions are open before either creates the counter
                return numbers.next(2093);
            })));
        }
        List<String> got = new ArrayList<>();
        for (CompletableFuture<String> run : runs) {
            got.add(run.get(30, TimeUnit.SECONDS));
        }
        assertThat(got).containsExactlyInAnyOrder("2093-KJ-0001", "2093-KJ-0002");
        assertThat(counter(2093)).isEqualTo(2);
    }

    private String next(int year) {
        return tx.execute(s -> numbers.next(year));
    }

    private Integer counter(int year) {
        return jdbc.query("select last_value from proposal_number_counter where number_year = ?",
                (rs, i) -> rs.getInt(1), year).stream().findFirst().orElse(null);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
