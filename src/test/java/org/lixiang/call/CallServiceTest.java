package org.lixiang.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lixiang.IntegrationTest;
import org.lixiang.TestAccounts;
import org.lixiang.TestClock;
import org.lixiang.base.AppPrincipal;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.NotAllowedException;
import org.lixiang.base.ResearchField;
import org.lixiang.base.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@IntegrationTest
@Import(ProposalsExist.Config.class)
class CallServiceTest {

    @Autowired CallService calls;
    @Autowired TestAccounts accounts;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired AuditLog audit;
    @Autowired ProposalsExist proposals;

    @AfterEach
    void cleanUp() {
        accounts.logout();
        clock.reset();
    }

    private CallDraftBuilder valid() {
        return new CallDraftBuilder(clock.instant());
    }

    private int stored() {
        return jdbc.queryForObject("select count(*) from call_for_proposals", Integer.class)
                + jdbc.queryForObject("select count(*) from call_criterion", Integer.class)
                + jdbc.queryForObject("select count(*) from call_field", Integer.class);
    }

    private static void assertProblem(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems()).as(e.getMessage())
                        .anyMatch(p -> java.util.Objects.equals(p.field(), field) && p.messageKey().equals(key)));
    }

    @Test
    void anOfficerCreatesADraftWithAllItsRules() {
        AppPrincipal officer = accounts.as("t_officer");
        CallDraftBuilder d = valid();
        d.name = "  2026年度农业科技成果转化项目  ";
        d.programme = Programme.AGRI_TRANSFER;
        d.fields = EnumSet.of(ResearchField.AGRICULTURE);
        d.criteria = List.of(new CallCriterion.Draft("技术先进性", new BigDecimal("45.5"), 50),
                new CallCriterion.Draft("转化前景", new BigDecimal("54.5"), 50));
        d.expertsPerProposal = 3;
        d.aggregationRule = AggregationRule.MEAN;
        d.publicityDays = 5;
        d.reviewDays = 10;
        d.blindReview = true;
        d.divergenceThreshold = new BigDecimal("12.5");
        d.projectEarliestStart = null;
        long id = calls.create(d.build());

        CallDetails c = calls.details(id);
        assertThat(c.status()).isEqualTo(CallStatus.DRAFT);
        assertThat(c.name()).isEqualTo("2026年度农业科技成果转化项目");
        assertThat(c.programme()).isEqualTo(Programme.AGRI_TRANSFER);
        assertThat(c.fields()).containsExactly(ResearchField.AGRICULTURE);
        assertThat(c.opensAt()).isEqualTo(d.opensAt);
        assertThat(c.closesAt()).isEqualTo(d.closesAt);
        assertThat(c.maxBudget()).isEqualByComparingTo("500000");
        assertThat(c.envelope()).isEqualByComparingTo("33000000");
        assertThat(c.projectEarliestStart()).isNull();
        assertThat(c.projectLatestEnd()).isEqualTo(LocalDate.of(2028, 8, 31));
        assertThat(c.criteria()).extracting(CallCriterion.Draft::name).containsExactly("技术先进性", "转化前景");
        assertThat(c.criteria().get(0).weight()).isEqualByComparingTo("45.5");
        assertThat(c.criteria().get(1).maxPoints()).isEqualTo(50);
        assertThat(c.expertsPerProposal()).isEqualTo(3);
        assertThat(c.aggregationRule()).isEqualTo(AggregationRule.MEAN);
        assertThat(c.publicityDays()).isEqualTo(5);
        assertThat(c.reviewDays()).isEqualTo(10);
        assertThat(c.blindReview()).isTrue();
        assertThat(c.divergenceThreshold()).isEqualByComparingTo("12.5");
        assertThat(jdbc.queryForObject("select created_by from call_for_proposals where id = ?", Long.class, id))
                .isEqualTo(officer.userId());
        assertThat(audit.forObject("call", id)).extracting(e -> e.getAction()).containsExactly("CALL_CREATED");

        // drafts are invisible to applicants
        accounts.as("t_applicant");
        assertThat(calls.openCalls(0, 500)).noneMatch(s -> s.id() == id);
        assertThatThrownBy(() -> calls.details(id)).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void theShortConstructorGivesTheUsualRules() {
        accounts.as("t_officer");
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        long id = calls.create(new CallDraft("默认规则指南", 2026, Programme.EXTENSION, EnumSet.of(ResearchField.EQUIPMENT),
                "指南正文", now, now.plus(Duration.ofDays(10)), new BigDecimal("100000"), new BigDecimal("1000000")));
        CallDetails c = calls.details(id);
        assertThat(c.criteria()).isEqualTo(CallCriterion.defaults().stream()
                .map(k -> new CallCriterion.Draft(k.name(), k.weight().setScale(2), k.maxPoints())).toList());
        assertThat(c.expertsPerProposal()).isEqualTo(5);
        assertThat(c.aggregationRule()).isEqualTo(AggregationRule.TRIMMED_MEAN);
        assertThat(c.publicityDays()).isEqualTo(7);
        assertThat(c.reviewDays()).isEqualTo(14);
        assertThat(c.blindReview()).isFalse();
        assertThat(c.divergenceThreshold()).isEqualByComparingTo("20");
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                bad("name blank", d -> d.name = "  ", "name", "validation.required"),
                bad("name too long", d -> d.name = "名".repeat(201), "name", "validation.tooLong"),
                bad("name with template", d -> d.name = "${jndi:x}", "name", "validation.expression"),
                bad("year missing", d -> d.year = null, "year", "validation.required"),
                bad("year odd", d -> d.year = 1999, "year", "call.range"),
                bad("programme missing", d -> d.programme = null, "programme", "validation.required"),
                bad("no field", d -> d.fields = EnumSet.noneOf(ResearchField.class), "fields", "call.fieldsRequired"),
                bad("description blank", d -> d.description = "", "description", "validation.required"),
                bad("description too long", d -> d.description = "x".repeat(20001), "description", "validation.tooLong"),
                bad("opens missing", d -> d.opensAt = null, "opensAt", "validation.required"),
                bad("closes missing", d -> d.closesAt = null, "closesAt", "validation.required"),
                bad("closes before opens", d -> d.closesAt = d.opensAt.minusSeconds(60), "closesAt", "call.closesBeforeOpens"),
                bad("closes when opens", d -> d.closesAt = d.opensAt, "closesAt", "call.closesBeforeOpens"),
                bad("max budget zero", d -> d.maxBudget = BigDecimal.ZERO, "maxBudget", "validation.positive"),
                bad("max budget fen", d -> d.maxBudget = new BigDecimal("100.001"), "maxBudget", "call.twoDecimals"),
                bad("max budget above envelope", d -> d.maxBudget = new BigDecimal("40000000"), "maxBudget",
                        "call.maxBudgetAboveEnvelope"),
                bad("envelope missing", d -> d.envelope = null, "envelope", "validation.positive"),
                bad("envelope huge", d -> d.envelope = new BigDecimal("1e14"), "envelope", "call.amountTooLarge"),
                bad("project ends before start", d -> d.projectLatestEnd = d.projectEarliestStart.minusDays(1),
                        "projectLatestEnd", "call.projectEndBeforeStart"),
                bad("no criteria", d -> d.criteria = List.of(), "criteria", "call.criteriaRequired"),
                bad("weights not 100", d -> d.criteria = List.of(crit("必要性", "30", 30), crit("可行性", "30", 30),
                        crit("效益", "30", 40)), "criteria", "call.weightsTotal"),
                bad("criterion unnamed", d -> d.criteria = List.of(crit("必要性", "50", 30), crit(" ", "50", 30)),
                        "criteria[1].name", "validation.required"),
                bad("criterion name too long", d -> d.criteria = List.of(crit("指".repeat(101), "100", 30)),
                        "criteria[0].name", "validation.tooLong"),
                bad("criterion twice", d -> d.criteria = List.of(crit("必要性", "50", 30), crit("必要性", "50", 30)),
                        "criteria[1].name", "call.criterionDuplicate"),
                bad("weight zero", d -> d.criteria = List.of(crit("必要性", "0", 30), crit("可行性", "100", 30)),
                        "criteria[0].weight", "call.weightPositive"),
                bad("weight missing", d -> d.criteria = List.of(new CallCriterion.Draft("必要性", null, 30)),
                        "criteria[0].weight", "call.weightPositive"),
                bad("max points zero", d -> d.criteria = List.of(crit("必要性", "60", 30), crit("可行性", "40", 0)),
                        "criteria[1].maxPoints", "call.maxPointsPositive"),
                bad("two experts", d -> d.expertsPerProposal = 2, "expertsPerProposal", "call.expertsAtLeast"),
                bad("experts missing", d -> d.expertsPerProposal = null, "expertsPerProposal", "validation.required"),
                bad("aggregation missing", d -> d.aggregationRule = null, "aggregationRule", "validation.required"),
                bad("publicity zero", d -> d.publicityDays = 0, "publicityDays", "call.range"),
                bad("publicity 31", d -> d.publicityDays = 31, "publicityDays", "call.range"),
                bad("review days missing", d -> d.reviewDays = null, "reviewDays", "validation.required"),
                bad("divergence negative", d -> d.divergenceThreshold = new BigDecimal("-1"), "divergenceThreshold",
                        "call.range"),
                bad("divergence above 100", d -> d.divergenceThreshold = new BigDecimal("100.5"),
                        "divergenceThreshold", "call.range"),
                bad("divergence missing", d -> d.divergenceThreshold = null, "divergenceThreshold",
                        "validation.required"));
    }

    private static Arguments bad(String what, Consumer<CallDraftBuilder> change, String field, String key) {
        return Arguments.of(what, change, field, key);
    }

    private static CallCriterion.Draft crit(String name, String weight, int maxPoints) {
        return new CallCriterion.Draft(name, new BigDecimal(weight), maxPoints);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputIsReportedOnItsFieldAndNothingIsStored(String what, Consumer<CallDraftBuilder> change, String field,
                                                        String key) {
        accounts.as("t_officer");
        int before = stored();
        CallDraftBuilder d = valid();
        change.accept(d);
        assertThatThrownBy(() -> calls.create(d.build())).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems()).as(e.getMessage()).singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo(field);
                    assertThat(p.messageKey()).isEqualTo(key);
                }));
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        accounts.as("t_officer");
        CallDraft blank = new CallDraft(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, false, null);
        assertThatThrownBy(() -> calls.create(blank)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems()).extracting(InvalidInputException.Problem::field).containsExactlyInAnyOrder(
                        "name", "year", "programme", "fields", "description", "opensAt", "closesAt", "maxBudget",
                        "envelope", "criteria", "expertsPerProposal", "aggregationRule", "publicityDays",
                        "reviewDays", "divergenceThreshold"));
    }

    @Test
    void onlyOfficersChangeCallsWhileStaffMayRead() {
        accounts.as("t_officer");
        long id = calls.create(valid().build());
        long version = calls.details(id).version();
        for (String user : List.of("t_applicant", "t_expert", "t_leader", "t_admin")) {
            accounts.as(user);
            assertThatThrownBy(() -> calls.create(valid().build())).as(user).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> calls.update(id, version, valid().build())).as(user)
                    .isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> calls.publish(id)).as(user).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> calls.extendDeadline(id, clock.instant().plus(Duration.ofDays(60)), "延期"))
                    .as(user).isInstanceOf(NotAllowedException.class);
        }
        for (String user : List.of("t_applicant", "t_expert")) {
            accounts.as(user);
            assertThatThrownBy(() -> calls.page("", 0, 10)).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> calls.rulesLocked(id)).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> calls.deadlineChanges(id)).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> calls.name(id)).isInstanceOf(NotAllowedException.class);
        }
        for (String user : List.of("t_leader", "t_admin")) {
            accounts.as(user);
            assertThat(calls.details(id).status()).isEqualTo(CallStatus.DRAFT);
            assertThat(calls.page("", 0, 500)).anyMatch(s -> s.id() == id);
            assertThat(calls.name(id)).isEqualTo(valid().build().name());
        }
        accounts.logout();
        // the process engine's timers run with nobody logged in: an overdue review names its call to the officers
        assertThat(calls.name(id)).isEqualTo(valid().build().name());
        assertThatThrownBy(() -> calls.create(valid().build()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> calls.details(id)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> calls.page("", 0, 10)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        accounts.as("t_officer");
        assertThat(calls.details(id).version()).isEqualTo(version);
    }

    @Test
    void publishingMakesTheCallVisibleToApplicants() {
        accounts.as("t_officer");
        long id = calls.create(valid().build());
        calls.publish(id);
        assertThat(calls.details(id).status()).isEqualTo(CallStatus.PUBLISHED);
        assertThat(audit.forObject("call", id)).extracting(e -> e.getAction())
                .containsExactly("CALL_CREATED", "CALL_PUBLISHED");
        assertProblem(() -> calls.publish(id), null, "call.alreadyPublished");

        accounts.as("t_applicant");
        assertThat(calls.details(id).name()).isEqualTo(valid().name);
        assertThat(calls.openCalls(0, 500)).anyMatch(s -> s.id() == id);
        assertThat(calls.countOpenCalls()).isPositive();
    }

    @Test
    void aCallWhoseDeadlineHasPassedIsNotPublished() {
        accounts.as("t_officer");
        CallDraftBuilder d = valid();
        d.opensAt = clock.instant().minus(Duration.ofDays(20)).truncatedTo(ChronoUnit.MINUTES);
        d.closesAt = clock.instant().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES);
        long id = calls.create(d.build());
        assertProblem(() -> calls.publish(id), "closesAt", "call.closesInPast");
        assertThat(calls.details(id).status()).isEqualTo(CallStatus.DRAFT);
    }

    @Test
    void draftsAndPublishedCallsWithoutProposalsCanBeEditedFreely() {
        accounts.as("t_officer");
        long id = calls.create(valid().build());
        CallDraftBuilder d = valid();
        d.name = "修改后的指南";
        d.criteria = List.of(crit("创新性", "25", 25), crit("可行性", "25", 25), crit("团队", "20", 20),
                crit("效益", "30", 30));
        calls.update(id, calls.details(id).version(), d.build());
        assertThat(calls.details(id).criteria()).extracting(CallCriterion.Draft::name)
                .containsExactly("创新性", "可行性", "团队", "效益");

        calls.publish(id);
        d.criteria = List.of(crit("效益", "100", 100));
        d.maxBudget = new BigDecimal("300000");
        calls.update(id, calls.details(id).version(), d.build());
        CallDetails c = calls.details(id);
        assertThat(c.status()).isEqualTo(CallStatus.PUBLISHED);
        assertThat(c.criteria()).extracting(CallCriterion.Draft::name).containsExactly("效益");
        assertThat(c.maxBudget()).isEqualByComparingTo("300000");
        assertThat(jdbc.queryForObject("select count(*) from call_criterion where call_id = ?", Integer.class, id))
                .isEqualTo(1);
        assertThat(audit.forObject("call", id)).extracting(e -> e.getAction())
                .containsExactly("CALL_CREATED", "CALL_UPDATED", "CALL_PUBLISHED", "CALL_UPDATED");
        assertThat(calls.rulesLocked(id)).isFalse();
    }

    @Test
    void rulesAreLockedOnceProposalsExistButTheDeadlineCanStillBeExtended() {
        clock.set(clock.instant().truncatedTo(ChronoUnit.MICROS)); // PostgreSQL keeps microseconds
        AppPrincipal officer = accounts.as("t_officer");
        long id = calls.create(valid().build());
        calls.publish(id);
        proposals.add(id);
        CallDetails before = calls.details(id);
        assertThat(calls.rulesLocked(id)).isTrue();

        CallDraftBuilder d = valid();
        d.maxBudget = new BigDecimal("100000");
        assertProblem(() -> calls.update(id, before.version(), d.build()), null, "call.rulesLocked");
        assertThat(calls.details(id)).isEqualTo(before);

        Instant later = before.closesAt().plus(Duration.ofDays(7));
        calls.extendDeadline(id, later, "  受节假日影响，延长申报时间  ");
        CallDetails after = calls.details(id);
        assertThat(after.closesAt()).isEqualTo(later);
        assertThat(after.maxBudget()).isEqualByComparingTo(before.maxBudget());
        assertThat(calls.deadlineChanges(id)).singleElement().satisfies(c -> {
            assertThat(c.oldClosesAt()).isEqualTo(before.closesAt());
            assertThat(c.newClosesAt()).isEqualTo(later);
            assertThat(c.reason()).isEqualTo("受节假日影响，延长申报时间");
            assertThat(c.changedBy()).isEqualTo(officer.userId());
            assertThat(c.changedAt()).isEqualTo(clock.instant());
        });
        assertThat(audit.forObject("call", id)).last().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo("CALL_DEADLINE_EXTENDED");
            assertThat(e.getDetail()).contains("受节假日影响");
        });
    }

    @Test
    void aDeadlineCanOnlyMoveLaterAndIntoTheFuture() {
        accounts.as("t_officer");
        CallDraftBuilder d = valid();
        d.closesAt = clock.instant().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MINUTES);
        long draft = calls.create(d.build());
        assertProblem(() -> calls.extendDeadline(draft, d.closesAt.plus(Duration.ofDays(1)), "延期"), null,
                "call.extendOnlyPublished");

        long id = calls.create(d.build());
        calls.publish(id);
        assertProblem(() -> calls.extendDeadline(id, d.closesAt.minus(Duration.ofMinutes(30)), "提前"),
                "newClosesAt", "call.extendOnlyLater");
        assertProblem(() -> calls.extendDeadline(id, d.closesAt, "不变"), "newClosesAt", "call.extendOnlyLater");
        assertProblem(() -> calls.extendDeadline(id, null, "没有时间"), "newClosesAt", "validation.required");
        assertProblem(() -> calls.extendDeadline(id, d.closesAt.plus(Duration.ofDays(1)), " "), "reason",
                "validation.required");

        clock.advance(Duration.ofHours(3)); // the call has closed meanwhile
        assertProblem(() -> calls.extendDeadline(id, d.closesAt.plus(Duration.ofHours(1)), "太晚"), "newClosesAt",
                "call.closesInPast");
        assertThat(calls.deadlineChanges(id)).isEmpty();
        assertThat(calls.details(id).closesAt()).isEqualTo(d.closesAt);

        // reopening a closed call by a later deadline is allowed
        calls.extendDeadline(id, clock.instant().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES), "补报");
        assertThat(calls.deadlineChanges(id)).hasSize(1);
    }

    @Test
    void aConcurrentEditIsDetectedEvenWhenOnlyACriterionChanged() {
        accounts.as("t_officer");
        long id = calls.create(valid().build());
        long loaded = calls.details(id).version();

        CallDraftBuilder mine = valid();
        mine.criteria = new ArrayList<>(CallCriterion.defaults());
        mine.criteria.set(0, crit("立项必要性", "30", 30));
        calls.update(id, loaded, mine.build());

        accounts.as("t_officer2");
        CallDraftBuilder theirs = valid();
        theirs.name = "另一位管理员的修改";
        assertThatThrownBy(() -> calls.update(id, loaded, theirs.build()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        CallDetails now = calls.details(id);
        assertThat(now.name()).isEqualTo(valid().name);
        assertThat(now.criteria().get(0).name()).isEqualTo("立项必要性");
        assertThat(now.version()).isGreaterThan(loaded);

        calls.update(id, now.version(), theirs.build());
        assertThat(calls.details(id).name()).isEqualTo("另一位管理员的修改");
    }

    @Test
    void aRefusedUpdateChangesNothing() {
        accounts.as("t_officer");
        long id = calls.create(valid().build());
        CallDetails before = calls.details(id);
        CallDraftBuilder d = valid();
        d.name = "新名称";
        d.criteria = List.of(crit("必要性", "50", 30), crit("可行性", "60", 30));
        assertProblem(() -> calls.update(id, before.version(), d.build()), "criteria", "call.weightsTotal");
        assertThat(calls.details(id)).isEqualTo(before);
    }

    @Test
    void theStaffListShowsDraftsTooAndFiltersByName() {
        accounts.as("t_officer");
        CallDraftBuilder d = valid();
        d.name = "筛选测试_草稿指南";
        long draft = calls.create(d.build());
        d.name = "筛选测试_已发布指南";
        long published = calls.create(d.build());
        calls.publish(published);

        assertThat(calls.page("筛选测试", 0, 50)).extracting(CallSummary::id).containsExactlyInAnyOrder(draft, published);
        assertThat(calls.count("筛选测试")).isEqualTo(2);
        assertThat(calls.page("筛选测试_草稿", 0, 50)).extracting(CallSummary::status).containsExactly(CallStatus.DRAFT);
        assertThat(calls.count("")).isGreaterThanOrEqualTo(2);
        assertThat(calls.page("100%_", 0, 50)).isEmpty();
    }
}
