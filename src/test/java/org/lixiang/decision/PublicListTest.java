package org.lixiang.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lixiang.IntegrationTest;
import org.lixiang.TestAccounts;
import org.lixiang.TestClock;
import org.lixiang.decision.PublicList.Filter;
import org.lixiang.decision.PublicList.Listed;
import org.lixiang.decision.PublicListFixtures.Seeded;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** The public list, paged and filtered in the database, on PostgreSQL. */
@IntegrationTest
@Import(PublicListFixtures.class)
class PublicListTest {

    @Autowired PublicList publicList;
    @Autowired PublicListFixtures fixtures;
    @Autowired TestAccounts accounts;
    @Autowired TestClock clock;
    @Autowired DataSource dataSource;

    private final List<Seeded> seeded = new ArrayList<>();

    @BeforeEach
    void wholeSeconds() {
        // the database keeps microseconds: compare instants it gave back with the clock's
        clock.set(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    @AfterEach
    void reset() {
        seeded.forEach(fixtures::remove);
        accounts.logout();
        clock.reset();
    }

    private Seeded seed(PlanStatus status, Duration startedAgo, int funded, int below, int withdrawn) {
        Seeded s = fixtures.seed(status, clock.instant().minus(startedAgo), funded, below, withdrawn);
        seeded.add(s);
        return s;
    }

    private static List<String> numbers(List<Listed> rows) {
        return rows.stream().map(Listed::number).toList();
    }

    @Test
    void aPageOfFiftyOutOfManyInNumberOrderWithTheCountOfTheListedOnly() {
        Seeded call = seed(PlanStatus.FINAL, Duration.ofDays(20), 120, 25, 5);
        accounts.as("t_expert"); // anyone logged in
        Filter filter = new Filter(call.callId(), null);

        assertThat(publicList.count(filter)).as("funded and not withdrawn only").isEqualTo(120);
        List<Listed> first = publicList.page(filter, 0, 50);
        assertThat(numbers(first)).containsExactlyElementsOf(call.listedNumbers().subList(0, 50));
        assertThat(first.get(0)).satisfies(l -> {
            assertThat(l.planId()).isEqualTo(call.planId());
            assertThat(l.proposalId()).isEqualTo(call.listedIds().get(0));
            assertThat(l.callName()).isEqualTo(call.callName());
            assertThat(l.title()).contains(call.tag());
            assertThat(l.organization()).isEqualTo(call.organization());
            assertThat(l.amount()).isEqualByComparingTo("250000");
        });
        assertThat(numbers(publicList.page(filter, 50, 50))).containsExactlyElementsOf(call.listedNumbers().subList(50, 100));
        assertThat(numbers(publicList.page(filter, 100, 50))).as("the last, short page")
                .containsExactlyElementsOf(call.listedNumbers().subList(100, 120));
        assertThat(publicList.page(filter, 120, 50)).isEmpty();
        // Vaadin asks for odd offsets and limits; a huge limit is capped
        assertThat(numbers(publicList.page(filter, 7, 3))).containsExactlyElementsOf(call.listedNumbers().subList(7, 10));
        assertThat(publicList.page(filter, 0, Integer.MAX_VALUE)).hasSize(120);
        assertThat(numbers(publicList.page(filter, 0, 200))).doesNotContainAnyElementsOf(call.otherNumbers());
    }

    @Test
    void onePageIsOneQueryAndItsCountAnotherWhateverThePageSize() {
        seed(PlanStatus.FINAL, Duration.ofDays(20), 120, 25, 5);
        Seeded open = seed(PlanStatus.PUBLICITY, Duration.ofDays(1), 60, 10, 0);
        AtomicInteger statements = new AtomicInteger();
        PublicList counted = new PublicList(counting(dataSource, statements), clock);
        accounts.as("t_applicant2");
        for (Filter filter : List.of(Filter.ALL, new Filter(open.callId(), ""), new Filter(null, open.tag()),
                new Filter(open.callId(), open.tag().toLowerCase()))) {
            for (int size : List.of(1, 50, 200)) {
                statements.set(0);
                assertThat(counted.page(filter, 0, size)).isNotEmpty();
                assertThat(statements.get()).as("page of %d, %s", size, filter).isEqualTo(1);
            }
            statements.set(0);
            assertThat(counted.count(filter)).isPositive();
            assertThat(statements.get()).as("count, %s", filter).isEqualTo(1);
        }
        statements.set(0);
        assertThat(counted.calls()).isNotEmpty();
        assertThat(statements.get()).isEqualTo(1);
    }

    @Test
    void newestPublicityFirstOpenWhileThePeriodRunsAndOnlyPlansInPublicityOrFinal() {
        Seeded finished = seed(PlanStatus.FINAL, Duration.ofDays(20), 3, 1, 0);
        Seeded running = seed(PlanStatus.PUBLICITY, Duration.ofDays(2), 2, 1, 1);
        Seeded approved = seed(PlanStatus.APPROVED, Duration.ofDays(1), 2, 0, 0);
        Seeded submitted = seed(PlanStatus.SUBMITTED, Duration.ofDays(1), 2, 0, 0);
        accounts.as("t_applicant");

        // the seeded lists' organizations share this text; other tests' lists do not
        List<Listed> ours = publicList.page(new Filter(null, "公示分页测试单位"), 0, 500);
        assertThat(ours).extracting(Listed::planId).as("no plan before publicity")
                .doesNotContain(approved.planId(), submitted.planId());
        List<Listed> rows = ours.stream().filter(l -> l.planId() == running.planId() || l.planId() == finished.planId())
                .toList();
        List<String> expected = new ArrayList<>(running.listedNumbers());
        expected.addAll(finished.listedNumbers());
        assertThat(numbers(rows)).as("the running publicity first, then the earlier one; each by number")
                .containsExactlyElementsOf(expected);
        assertThat(rows).filteredOn(l -> l.planId() == running.planId()).hasSize(2).allSatisfy(l -> {
            assertThat(l.open()).isTrue();
            assertThat(l.publicityEndsAt()).isEqualTo(clock.instant().minus(Duration.ofDays(2)).plus(Duration.ofDays(7)));
        });
        assertThat(rows).filteredOn(l -> l.planId() == finished.planId()).hasSize(3).noneMatch(Listed::open);

        assertThat(publicList.calls()).extracting(PublicList.CallOption::callId)
                .contains(running.callId(), finished.callId())
                .doesNotContain(approved.callId(), submitted.callId())
                .containsSubsequence(running.callId(), finished.callId());
        assertThat(publicList.count(new Filter(approved.callId(), ""))).isZero();
        assertThat(publicList.page(new Filter(submitted.callId(), ""), 0, 50)).isEmpty();

        // the period ends by the clock, not by a job: the list says so at once
        clock.advance(Duration.ofDays(5).plusMinutes(1));
        assertThat(publicList.page(new Filter(running.callId(), ""), 0, 50)).hasSize(2).noneMatch(Listed::open);
    }

    @Test
    void searchesNumberTitleAndOrganizationIgnoringCaseAndTakingWildcardsLiterally() {
        Seeded a = seed(PlanStatus.FINAL, Duration.ofDays(20), 40, 5, 0);
        Seeded b = seed(PlanStatus.PUBLICITY, Duration.ofDays(1), 10, 0, 0);
        accounts.as("t_expert");

        // a number, typed in lower case (numbers carry upper-case letters)
        String number = a.listedNumbers().get(17);
        assertThat(numbers(publicList.page(new Filter(null, " " + number.toLowerCase() + " "), 0, 50))).containsExactly(number);
        // a title's words, within one call
        String title = "公示分页测试项目" + b.tag();
        assertThat(publicList.count(new Filter(b.callId(), title))).isEqualTo(10);
        assertThat(publicList.count(new Filter(a.callId(), title))).as("another call's titles").isZero();
        // the organization
        assertThat(publicList.page(new Filter(null, a.organization()), 0, 100)).hasSize(40)
                .allSatisfy(l -> assertThat(l.planId()).isEqualTo(a.planId()));
        assertThat(publicList.count(new Filter(null, a.organization()))).isEqualTo(40);
        // below the line is not listed, so not found either
        assertThat(publicList.count(new Filter(null, a.otherNumbers().get(0)))).isZero();
        // % and _ match themselves; blank text is no filter
        assertThat(publicList.count(new Filter(a.callId(), "%"))).isZero();
        assertThat(publicList.count(new Filter(a.callId(), "_"))).isZero();
        assertThat(publicList.count(new Filter(a.callId(), "  "))).isEqualTo(40);
    }

    @Test
    void onlyForSomeoneLoggedIn() {
        accounts.logout();
        assertThatThrownBy(() -> publicList.page(Filter.ALL, 0, 50)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> publicList.count(Filter.ALL)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> publicList.calls()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    /** The data source, counting every statement executed through it (JdbcTemplate's, Hibernate's alike). */
    static DataSource counting(DataSource target, AtomicInteger statements) {
        return proxy(DataSource.class, target, (m, r) -> r instanceof Connection c ? connection(c, statements) : r);
    }

    private static Connection connection(Connection target, AtomicInteger statements) {
        return proxy(Connection.class, target, (m, r) -> {
            if (r instanceof PreparedStatement s) {
                return proxy(PreparedStatement.class, s, counter(statements));
            }
            return r instanceof Statement s ? proxy(Statement.class, s, counter(statements)) : r;
        });
    }

    private static ResultMapper counter(AtomicInteger statements) {
        return (m, r) -> {
            if (m.getName().startsWith("execute")) {
                statements.incrementAndGet();
            }
            return r;
        };
    }

    /** What a proxy does with a call's result (after the call). */
    private interface ResultMapper {
        Object map(Method method, Object result);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, ResultMapper after) {
        return (T) Proxy.newProxyInstance(PublicListTest.class.getClassLoader(), new Class<?>[] {type}, (p, m, args) -> {
            try {
                return after.map(m, m.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }
}
