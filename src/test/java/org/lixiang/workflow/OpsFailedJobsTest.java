package org.lixiang.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.flowable.engine.ManagementService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lixiang.IntegrationTest;
import org.lixiang.TestAccounts;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.NotAllowedException;
import org.lixiang.base.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** Failed jobs for the admin: a real dead letter is listed with its error and retried, audited; admins only. */
@IntegrationTest
@Import(OpsProcesses.class)
class OpsFailedJobsTest {

    @Autowired FailedJobs failedJobs;
    @Autowired OpsProcesses ops;
    @Autowired ManagementService management;
    @Autowired TestAccounts accounts;
    @Autowired AuditLog audit;

    private OpsProcesses.DeadLetter dead;

    @AfterEach
    void cleanUp() {
        accounts.logout();
        if (dead != null) {
            ops.cancel(dead.processInstanceId());
        }
    }

    private List<FailedJob> everyPage() {
        List<FailedJob> all = new java.util.ArrayList<>();
        long count = failedJobs.count();
        for (int offset = 0; offset < count; offset += 2) {
            all.addAll(failedJobs.page(offset, 2));
        }
        return all;
    }

    @Test
    void aDeadLetterIsListedWithItsErrorAndRetryMovesItBackToTheExecutor() {
        dead = ops.deadLetter("OPS-" + System.nanoTime());
        accounts.as("t_admin");

        List<FailedJob> all = everyPage();
        assertThat(all).hasSize((int) failedJobs.count());
        assertThat(all).extracting(FailedJob::id).doesNotHaveDuplicates();
        FailedJob job = all.stream().filter(j -> j.id().equals(dead.jobId())).findFirst().orElseThrow();
        assertThat(job.kind()).isEqualTo(FailedJob.Kind.DEAD_LETTER);
        assertThat(job.retryable()).isTrue();
        assertThat(job.processDefinitionKey()).isEqualTo("opsFailing");
        assertThat(job.processInstanceId()).isEqualTo(dead.processInstanceId());
        assertThat(job.businessKey()).startsWith("OPS-");
        assertThat(job.step()).isEqualTo("failingStep");
        assertThat(job.retries()).isZero();
        assertThat(job.error()).contains("opsBeanThatDoesNotExist");
        assertThat(failedJobs.stackTrace(job.id(), job.kind())).contains("opsBeanThatDoesNotExist").contains("\tat ");
        // dead letters come first: they wait for a person
        assertThat(all.subList(0, (int) management.createDeadLetterJobQuery().count()))
                .allMatch(j -> j.kind() == FailedJob.Kind.DEAD_LETTER);

        failedJobs.retry(job.id());

        assertThat(management.createDeadLetterJobQuery().processInstanceId(dead.processInstanceId()).count()).isZero();
        Job again = management.createJobQuery().processInstanceId(dead.processInstanceId()).singleResult();
        assertThat(again).isNotNull();
        assertThat(again.getRetries()).isEqualTo(FailedJobs.RETRIES);
        assertThat(failedJobs.page(0, 500)).noneMatch(j -> j.id().equals(dead.jobId()) && j.retryable());
        assertThat(audit.forObject("job", dead.jobId())).singleElement().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo("JOB_RETRIED");
            assertThat(e.getActorName()).isEqualTo("t_admin");
            assertThat(e.getDetail()).contains("failingStep");
        });

        // a second admin clicking the stale row is told it is gone, not refused
        assertThatThrownBy(() -> failedJobs.retry(dead.jobId())).isInstanceOfSatisfying(InvalidInputException.class,
                x -> assertThat(x.problems().get(0).messageKey()).isEqualTo("jobs.gone"));
    }

    @Test
    void pagesRunThroughDeadLettersFirstThenJobsStillRetrying() {
        dead = ops.deadLetter("OPS-" + System.nanoTime());
        OpsProcesses.DeadLetter second = ops.deadLetter("OPS-" + System.nanoTime());
        String retrying = ops.retrying("OPS-" + System.nanoTime());
        try {
            accounts.as("t_admin");
            List<FailedJob> all = everyPage();
            assertThat(all).hasSize((int) failedJobs.count()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(all).extracting(FailedJob::id).doesNotHaveDuplicates();
            assertThat(all).extracting(FailedJob::kind).isSortedAccordingTo(Enum::compareTo);
            assertThat(all).filteredOn(j -> retrying.equals(j.processInstanceId())).singleElement().satisfies(j -> {
                assertThat(j.kind()).isEqualTo(FailedJob.Kind.RETRY_WAITING);
                assertThat(j.retryable()).isFalse();
                assertThat(j.retries()).isPositive();
                assertThat(failedJobs.stackTrace(j.id(), j.kind())).contains("opsBeanThatDoesNotExist");
            });
            assertThat(all).extracting(FailedJob::id).contains(dead.jobId(), second.jobId());
            // an offset in the middle of a kind and a page across two kinds
            int deadLetters = (int) management.createDeadLetterJobQuery().count();
            assertThat(failedJobs.page(deadLetters - 1, 2)).extracting(FailedJob::id)
                    .containsExactly(all.get(deadLetters - 1).id(), all.get(deadLetters).id());
        } finally {
            ops.cancel(second.processInstanceId());
            ops.cancel(retrying);
        }
    }

    @Test
    void onlyAdminsSeeOrRetryFailedJobs() {
        dead = ops.deadLetter("OPS-" + System.nanoTime());
        for (String user : List.of("t_officer", "t_leader", "t_applicant", "t_expert")) {
            accounts.as(user);
            assertThatThrownBy(() -> failedJobs.page(0, 10)).as(user).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> failedJobs.count()).as(user).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> failedJobs.stackTrace(dead.jobId(), FailedJob.Kind.DEAD_LETTER)).as(user)
                    .isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> failedJobs.retry(dead.jobId())).as(user).isInstanceOf(NotAllowedException.class);
        }
        assertThat(management.createDeadLetterJobQuery().jobId(dead.jobId()).count()).isEqualTo(1);
    }
}
