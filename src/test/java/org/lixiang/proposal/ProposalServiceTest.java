package org.lixiang.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lixiang.IntegrationTest;
import org.lixiang.TestAccounts;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.NotAllowedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Bad input and access rules of the proposal services, on PostgreSQL. */
@IntegrationTest
@Import(ProposalFixtures.class)
class ProposalServiceTest {

    @Autowired ProposalFixtures fixtures;
    @Autowired ProposalService proposals;
    @Autowired ProposalSubmission submission;
    @Autowired TestAccounts accounts;
    @Autowired JdbcTemplate jdbc;

    long callId;
    long proposalId;

    @BeforeEach
    void draft() {
        callId = fixtures.openCall(30);
        accounts.as("t_applicant");
        proposalId = proposals.createDraft(callId);
    }

    @AfterEach
    void logout() {
        accounts.logout();
    }

    private ProposalContent with(UnaryOperator<ProposalContent> change) {
        return change.apply(ProposalFixtures.complete("高精度汽车热交换零部件工艺研究"));
    }

    private void assertRefused(ProposalContent content, String field, String key) {
        accounts.as("t_applicant");
        long version = proposals.details(proposalId).version();
        String before = jdbc.queryForObject("select coalesce(title, '') from proposal where id = ?", String.class, proposalId);
        assertThatThrownBy(() -> submission.submit(proposalId, version, content))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .anyMatch(p -> field.equals(p.field()) && key.equals(p.messageKey())));
        assertThat(jdbc.queryForObject("select coalesce(title, '') from proposal where id = ?", String.class, proposalId))
                .as("nothing partial stored").isEqualTo(before);
        assertThat(proposals.details(proposalId).status()).isEqualTo(ProposalStatus.DRAFT);
    }

    private static ProposalContent copy(ProposalContent c, String title, String summary, LocalDate start, LocalDate end,
                                        List<ProposalContent.Budget> budget) {
        return new ProposalContent(title, c.field(), summary, c.objectives(), c.outcomes(), start, end, c.team(),
                c.avoidedExperts(), budget, c.declarationAccepted());
    }

    @Test
    void emptyAndOverLongTextIsRefused() {
        assertRefused(with(c -> copy(c, "", c.summary(), c.startDate(), c.endDate(), c.budget())), "title", "validation.required");
        assertRefused(with(c -> copy(c, c.title(), "长".repeat(2001), c.startDate(), c.endDate(), c.budget())),
                "summary", "validation.tooLong");
    }

    @Test
    void datesOutOfOrderAreRefused() {
        assertRefused(with(c -> copy(c, c.title(), c.summary(), LocalDate.of(2028, 1, 1), LocalDate.of(2027, 1, 1), c.budget())),
                "endDate", "proposal.endBeforeStart");
    }

    @Test
    void negativeAndOverTheMaximumBudgetsAreRefused() {
        assertRefused(with(c -> copy(c, c.title(), c.summary(), c.startDate(), c.endDate(),
                List.of(new ProposalContent.Budget(BudgetCategory.MATERIALS, new BigDecimal("-1"), null),
                        new ProposalContent.Budget(BudgetCategory.EQUIPMENT, new BigDecimal("1000"), null)))),
                "budget.MATERIALS.requested", "proposal.amountNegative");
        assertRefused(with(c -> copy(c, c.title(), c.summary(), c.startDate(), c.endDate(),
                List.of(new ProposalContent.Budget(BudgetCategory.EQUIPMENT, new BigDecimal("400000"), null),
                        new ProposalContent.Budget(BudgetCategory.LABOUR, new BigDecimal("100000.01"), null)))),
                "budget", "proposal.requestedOverMax");
    }

    @Test
    void templateSyntaxIsRefusedAndMarkupIsStoredAsPlainText() {
        assertRefused(with(c -> copy(c, "${T(java.lang.Runtime).getRuntime()}", c.summary(), c.startDate(), c.endDate(), c.budget())),
                "title", "validation.expression");
        accounts.as("t_applicant");
        String markup = "<script>alert('x')</script> 隧道研究";
        proposals.saveDraft(proposalId, proposals.details(proposalId).version(),
                with(c -> copy(c, markup, c.summary(), c.startDate(), c.endDate(), c.budget())));
        assertThat(proposals.details(proposalId).content().title()).isEqualTo(markup);
    }

    @Test
    void everyMissingPartIsReportedAtOnce() {
        accounts.as("t_applicant");
        ProposalDetails d = proposals.details(proposalId);
        assertThatThrownBy(() -> submission.submit(proposalId, d.version(), d.content()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field)
                        .contains("title", "field", "summary", "objectives", "outcomes", "startDate", "endDate",
                                "budget", "declaration"));
    }

    @Test
    void concurrentEditOfTheSameDraftIsDetected() {
        accounts.as("t_applicant");
        long version = proposals.details(proposalId).version();
        proposals.saveDraft(proposalId, version, with(c -> c));
        assertThatThrownBy(() -> proposals.saveDraft(proposalId, version, with(c -> c)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void anotherApplicantAnExpertAndAnonymousCannotReadOrChangeIt() {
        accounts.as("t_applicant2");
        assertThatThrownBy(() -> proposals.details(proposalId)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> proposals.timeline(proposalId)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> proposals.saveDraft(proposalId, 0, with(c -> c))).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> submission.submit(proposalId, 0, with(c -> c))).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> proposals.withdraw(proposalId)).isInstanceOf(NotAllowedException.class);
        assertThat(proposals.mine(0, 100)).noneMatch(m -> m.summary().id() == proposalId);

        accounts.as("t_expert");
        assertThatThrownBy(() -> proposals.details(proposalId)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> proposals.createDraft(callId)).isInstanceOf(NotAllowedException.class);

        accounts.logout();
        assertThatThrownBy(() -> proposals.details(proposalId))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);

        accounts.as("t_officer");
        assertThat(proposals.details(proposalId).id()).isEqualTo(proposalId);
        assertThatThrownBy(() -> proposals.saveDraft(proposalId, 0, with(c -> c)))
                .as("officers read, they do not write applicants' drafts").isInstanceOf(NotAllowedException.class);
    }
}
