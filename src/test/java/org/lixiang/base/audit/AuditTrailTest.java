package org.lixiang.base.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lixiang.IntegrationTest;
import org.lixiang.TestAccounts;
import org.lixiang.TestClock;
import org.lixiang.base.NotAllowedException;
import org.lixiang.base.ResearchField;
import org.lixiang.base.Role;
import org.lixiang.call.CallDraftBuilder;
import org.lixiang.call.CallService;
import org.lixiang.expert.ExpertFixtures;
import org.lixiang.expert.ExpertService;
import org.lixiang.identity.CreditCode;
import org.lixiang.identity.Organization;
import org.lixiang.identity.UserAdminService;
import org.lixiang.identity.UserDraft;
import org.lixiang.proposal.FormalDecision;
import org.lixiang.proposal.FormalReviewService;
import org.lixiang.proposal.ProposalFixtures;
import org.lixiang.proposal.ProposalService;
import org.lixiang.proposal.ProposalSubmission;
import org.lixiang.workflow.TaskInbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit trail through the real services on PostgreSQL: each business action leaves exactly
 * one entry — who, when, which object, from which address, and for edits the changed fields —
 * written in the action's transaction; only the bureau reads it.
 */
@IntegrationTest
@Import({ProposalFixtures.class, ExpertFixtures.class})
class AuditTrailTest {

    private static final String ADDRESS = "203.0.113.7";

    @Autowired CallService calls;
    @Autowired ProposalService proposals;
    @Autowired ProposalSubmission submission;
    @Autowired FormalReviewService formalReview;
    @Autowired TaskInbox inbox;
    @Autowired UserAdminService users;
    @Autowired ExpertService experts;
    @Autowired ProposalFixtures fixtures;
    @Autowired ExpertFixtures expertFixtures;
    @Autowired TestAccounts accounts;
    @Autowired TestClock clock;
    @Autowired AuditLog audit;
    @Autowired PlatformTransactionManager transactions;

    @BeforeEach
    void aRequestFromAKnownAddress() {
        accounts.ensureCreated();
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(ADDRESS);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @AfterEach
    void cleanUp() {
        RequestContextHolder.resetRequestAttributes();
        accounts.logout();
    }

    /** A business action: runs it and returns the id of the object it acted on. */
    record Case(String action, String actor, String objectType, String changedField, Function<AuditTrailTest, Object> run) {
        @Override
        public String toString() {
            return action;
        }
    }

    static Stream<Case> businessActions() {
        return Stream.of(
                new Case("CALL_CREATED", "t_officer", "call", null, t -> t.newCall()),
                new Case("CALL_UPDATED", "t_officer", "call", "name", t -> {
                    long id = t.newCall();
                    CallDraftBuilder d = new CallDraftBuilder(t.clock.instant());
                    d.name = "修改后的指南名称";
                    t.calls.update(id, t.calls.details(id).version(), d.build());
                    return id;
                }),
                new Case("CALL_PUBLISHED", "t_officer", "call", null, t -> {
                    long id = t.newCall();
                    t.calls.publish(id);
                    return id;
                }),
                new Case("CALL_DEADLINE_EXTENDED", "t_officer", "call", null, t -> {
                    long id = t.fixtures.openCall(10);
                    t.accounts.as("t_officer");
                    t.calls.extendDeadline(id, t.calls.details(id).closesAt().plus(Duration.ofDays(3)), "节假日顺延");
                    return id;
                }),
                new Case("PROPOSAL_CREATED", "t_applicant", "proposal", null, t -> t.newDraft()),
                new Case("PROPOSAL_DRAFT_SAVED", "t_applicant", "proposal", "title", t -> {
                    long id = t.newDraft();
                    t.proposals.saveDraft(id, t.proposals.details(id).version(), ProposalFixtures.complete("隧道机电设施研究"));
                    return id;
                }),
                new Case("PROPOSAL_SUBMITTED", "t_applicant", "proposal", null, t -> t.submitted()),
                new Case("PROPOSAL_WITHDRAWN", "t_applicant", "proposal", null, t -> {
                    long id = t.submitted();
                    t.proposals.withdraw(id);
                    return id;
                }),
                new Case("FORMAL_REVIEW_REJECT", "t_officer", "proposal", null, t -> {
                    long id = t.submitted();
                    String number = t.proposals.details(id).number();
                    t.accounts.as("t_officer");
                    String task = t.inbox.page(0, 500).stream()
                            .filter(s -> number.equals(s.businessKey()) && "formalReview".equals(s.stepKey()))
                            .findFirst().orElseThrow().id();
                    t.formalReview.start(task);
                    t.formalReview.decide(task, FormalDecision.REJECT, "不属于本指南支持方向", null);
                    return id;
                }),
                new Case("USER_CREATED", "t_admin", "user", null, t -> t.newUser()),
                new Case("USER_UPDATED", "t_admin", "user", "displayName", t -> {
                    long id = t.newUser();
                    var account = t.users.page(t.lastUsername, 0, 1).get(0);
                    t.users.update(id, account.version(), new UserDraft(account.username(), null, "改名后的专家",
                            account.email(), null, TestAccounts.BUREAU, Set.of(Role.OFFICER), true));
                    return id;
                }),
                new Case("ORGANIZATION_CREATED", "t_admin", "organization", null, t -> {
                    t.accounts.as("t_admin");
                    String digits = String.valueOf(1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
                    return t.users.createOrganization("审计测试单位" + digits,
                            CreditCode.withCheckCharacter("91330100MA" + digits), Organization.Kind.COMPANY, null, null);
                }),
                new Case("EXPERT_PROFILE_CREATED", "t_officer", "expert", null, t -> {
                    long id = t.expertFixtures.expertUser("审计专家", TestAccounts.ORG_B).id();
                    t.accounts.as("t_officer");
                    t.experts.create(id, ExpertFixtures.draft("隧道", ResearchField.EQUIPMENT));
                    return id;
                }),
                new Case("EXPERT_PROFILE_UPDATED", "t_officer", "expert", "keywords", t -> {
                    long id = t.expertFixtures.expertWithProfile("审计专家", TestAccounts.ORG_B,
                            ExpertFixtures.draft("隧道", ResearchField.EQUIPMENT)).id();
                    t.accounts.as("t_officer");
                    t.experts.update(id, t.experts.details(id).version(),
                            ExpertFixtures.draft("桥梁加固", ResearchField.EQUIPMENT));
                    return id;
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("businessActions")
    void eachBusinessActionIsRecordedOnceWithWhoWhenWhatAndWhere(Case c) {
        Object id = c.run().apply(this);

        accounts.as("t_leader");
        List<AuditEntry> entries = audit.forObject(c.objectType(), id).stream()
                .filter(e -> c.action().equals(e.getAction())).toList();
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.getActorName()).isEqualTo(c.actor());
            assertThat(e.getActorId()).isNotNull();
            // the database keeps microseconds
            assertThat(e.getOccurredAt()).isCloseTo(clock.instant(), within(1, ChronoUnit.MILLIS));
            assertThat(e.getRemoteAddress()).isEqualTo(ADDRESS);
            if (c.changedField() != null) {
                assertThat(e.getChanges()).anySatisfy(change -> {
                    assertThat(change.field()).isEqualTo(c.changedField());
                    assertThat(change.before()).isNotEqualTo(change.after());
                });
                // a field-level diff: unchanged fields are not copied into the trail
                assertThat(e.getChanges()).extracting(AuditChanges.Change::field).doesNotHaveDuplicates()
                        .allSatisfy(f -> assertThat(f).isNotBlank());
            }
        });
    }

    @Test
    void aDraftSaveRecordsOnlyTheFieldsThatChangedWithBeforeAndAfter() {
        long id = newDraft();
        proposals.saveDraft(id, proposals.details(id).version(), ProposalFixtures.complete("旧标题"));
        var changed = ProposalFixtures.complete("新标题");
        proposals.saveDraft(id, proposals.details(id).version(), changed);

        accounts.as("t_officer");
        AuditEntry last = audit.forObject("proposal", id).stream()
                .filter(e -> "PROPOSAL_DRAFT_SAVED".equals(e.getAction())).reduce((a, b) -> b).orElseThrow();
        assertThat(last.getChanges()).containsExactly(new AuditChanges.Change("title", "旧标题", "新标题"));
        assertThat(last.getDetail()).isEqualTo("title");
    }

    @Test
    void anActionThatFailsAfterRecordingLeavesNoEntry() {
        long id = newCall();
        long version = calls.details(id).version();
        CallDraftBuilder d = new CallDraftBuilder(clock.instant());
        d.name = "不会保存的名称";
        TransactionTemplate tx = new TransactionTemplate(transactions);
        // the edit records its entry, then the surrounding work fails: both roll back together
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            calls.update(id, version, d.build());
            throw new IllegalStateException("a later step of the same action failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(audit.forObject("call", id)).extracting(AuditEntry::getAction).containsExactly("CALL_CREATED");
        assertThat(calls.details(id).name()).isNotEqualTo("不会保存的名称");
    }

    @Test
    void aBusinessActionCannotBeRecordedOutsideATransaction() {
        accounts.as("t_officer");
        assertThatThrownBy(() -> audit.record("CALL_UPDATED", "call", 1L, "no transaction"))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void applicantsExpertsAndAnonymousCallersCannotReadTheTrail() {
        for (String user : List.of("t_applicant", "t_expert")) {
            accounts.as(user);
            assertThatThrownBy(() -> audit.latest("LOGIN", 5)).as(user).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> audit.forObject("proposal", 1L)).as(user).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> audit.search(AuditQuery.all(), 0, 10)).as(user)
                    .isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> audit.count(AuditQuery.all())).as(user).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> audit.actions()).as(user).isInstanceOf(NotAllowedException.class);
        }
        accounts.logout();
        assertThatThrownBy(() -> audit.forObject("proposal", 1L))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        for (String user : List.of("t_officer", "t_leader", "t_admin")) {
            accounts.as(user);
            assertThat(audit.count(AuditQuery.all())).as(user).isPositive();
        }
    }

    // --- the actions, through the real services

    private String lastUsername;

    private long newCall() {
        accounts.as("t_officer");
        return calls.create(new CallDraftBuilder(clock.instant()).build());
    }

    private long newDraft() {
        long call = fixtures.openCall(30);
        accounts.as("t_applicant");
        return proposals.createDraft(call);
    }

    private long submitted() {
        long id = newDraft();
        submission.submit(id, proposals.details(id).version(), ProposalFixtures.complete("沥青热再生技术推广应用"));
        return id;
    }

    private long newUser() {
        accounts.as("t_admin");
        lastUsername = "au_" + Long.toString(System.nanoTime(), 36);
        return users.create(new UserDraft(lastUsername, TestAccounts.PASSWORD, "审计测试用户", lastUsername + "@example.org",
                null, TestAccounts.BUREAU, Set.of(Role.OFFICER), true));
    }
}
