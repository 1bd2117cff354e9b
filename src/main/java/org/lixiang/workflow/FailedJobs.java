package org.lixiang.workflow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.job.api.Job;
import org.lixiang.base.CurrentUser;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.Role;
import org.lixiang.base.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's view of jobs that failed: dead letters first (they wait for a person), then those
 * still retrying by themselves, each with its error; a dead letter can be retried. Admins only.
 */
@Service
public class FailedJobs {

    /** Attempts a retried dead letter gets before it is a dead letter again. */
    static final int RETRIES = 3;

    private final ManagementService management;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final AuditLog audit;

    FailedJobs(ManagementService management, RuntimeService runtime, RepositoryService repository, AuditLog audit) {
        this.management = management;
        this.runtime = runtime;
        this.repository = repository;
        this.audit = audit;
    }

    /** One kind's jobs as a pageable source: the combined list pages through them in order. */
    private record Source(FailedJob.Kind kind, long count, PageOf page) {
    }

    private interface PageOf {
        List<Job> page(int offset, int limit);
    }

    @Transactional(readOnly = true)
    public List<FailedJob> page(int offset, int limit) {
        CurrentUser.requireAny(Role.ADMIN);
        List<FailedJob> result = new ArrayList<>();
        int skip = Math.max(0, offset);
        int wanted = Math.max(1, Math.min(limit, 500));
        for (Source source : sources()) {
            if (wanted == 0) {
                break;
            }
            if (skip >= source.count()) {
                skip -= (int) source.count();
                continue;
            }
            List<Job> jobs = source.page().page(skip, wanted);
            skip = 0;
            wanted -= jobs.size();
            result.addAll(describe(jobs, source.kind()));
        }
        return result;
    }

    @Transactional(readOnly = true)
    public long count() {
        CurrentUser.requireAny(Role.ADMIN);
        return sources().stream().mapToLong(Source::count).sum();
    }

    /** The full stack trace of a failed job's last attempt. */
    @Transactional(readOnly = true)
    public String stackTrace(String jobId, FailedJob.Kind kind) {
        CurrentUser.requireAny(Role.ADMIN);
        String trace = switch (kind) {
            case DEAD_LETTER -> management.getDeadLetterJobExceptionStacktrace(jobId);
            case RETRY_WAITING -> management.getTimerJobExceptionStacktrace(jobId);
            case RETRY_QUEUED -> management.getJobExceptionStacktrace(jobId);
        };
        return trace == null ? "" : trace;
    }

    /**
     * Moves a dead letter back to the executable jobs with {@value #RETRIES} attempts; the job
     * executor picks it up. Audited with the step and the error it had.
     */
    @Transactional
    public void retry(String jobId) {
        CurrentUser.requireAny(Role.ADMIN);
        Job job = management.createDeadLetterJobQuery().jobId(jobId).singleResult();
        if (job == null) {
            // another admin retried it, or its process was cancelled meanwhile
            throw InvalidInputException.of(null, "jobs.gone");
        }
        management.moveDeadLetterJobToExecutableJob(jobId, RETRIES);
        audit.record("JOB_RETRIED", "job", jobId, "process " + job.getProcessInstanceId() + " step "
                + job.getElementId() + ": " + job.getExceptionMessage());
    }

    private List<Source> sources() {
        return List.of(
                new Source(FailedJob.Kind.DEAD_LETTER, management.createDeadLetterJobQuery().count(),
                        (o, l) -> management.createDeadLetterJobQuery().orderByJobCreateTime().desc()
                                .orderByJobId().asc().listPage(o, l)),
                new Source(FailedJob.Kind.RETRY_WAITING, management.createTimerJobQuery().withException().count(),
                        (o, l) -> management.createTimerJobQuery().withException().orderByJobDuedate().asc()
                                .orderByJobId().asc().listPage(o, l)),
                new Source(FailedJob.Kind.RETRY_QUEUED, management.createJobQuery().withException().count(),
                        (o, l) -> management.createJobQuery().withException().orderByJobCreateTime().desc()
                                .orderByJobId().asc().listPage(o, l)));
    }

    private List<FailedJob> describe(List<Job> jobs, FailedJob.Kind kind) {
        Set<String> instanceIds = jobs.stream().map(Job::getProcessInstanceId).filter(id -> id != null)
                .collect(Collectors.toSet());
        Map<String, String> businessKeys = businessKeys(instanceIds);
        Map<String, String> definitionKeys = new HashMap<>();
        return jobs.stream().map(j -> new FailedJob(j.getId(), kind,
                j.getProcessDefinitionId() == null ? null : definitionKeys.computeIfAbsent(j.getProcessDefinitionId(),
                        id -> repository.getProcessDefinition(id).getKey()),
                j.getProcessInstanceId(), businessKeys.get(j.getProcessInstanceId()), j.getElementId(),
                j.getElementName(), j.getExceptionMessage(), j.getRetries(),
                j.getCreateTime() == null ? null : j.getCreateTime().toInstant(),
                j.getDuedate() == null ? null : j.getDuedate().toInstant())).toList();
    }

    private Map<String, String> businessKeys(Collection<String> instanceIds) {
        if (instanceIds.isEmpty()) {
            return Map.of();
        }
        Map<String, String> keys = new HashMap<>();
        for (ProcessInstance p : runtime.createProcessInstanceQuery().processInstanceIds(Set.copyOf(instanceIds)).list()) {
            if (p.getBusinessKey() != null) {
                keys.put(p.getId(), p.getBusinessKey());
            }
        }
        return keys;
    }
}
