package org.lixiang.workflow;

import org.flowable.engine.ManagementService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.job.api.Job;

/**
 * The test-only processes of {@code ops/ops-test.bpmn20.xml}: a real dead-letter job (a service
 * task that throws, run until its retries are exhausted) and an overdue user task.
 */
public class OpsProcesses {

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final ManagementService management;

    OpsProcesses(RepositoryService repository, RuntimeService runtime, ManagementService management) {
        this.repository = repository;
        this.runtime = runtime;
        this.management = management;
    }

    /** A failed job with its process instance. */
    public record DeadLetter(String processInstanceId, String jobId) {
    }

    private synchronized void deployed() {
        if (repository.createProcessDefinitionQuery().processDefinitionKey("opsFailing").count() == 0) {
            repository.createDeployment().name("ops-test").addClasspathResource("ops/ops-test.bpmn20.xml").deploy();
        }
    }

    /** Starts the failing process and executes its job until Flowable gives up on it. */
    public DeadLetter deadLetter(String businessKey) {
        deployed();
        String instance = runtime.startProcessInstanceByKey("opsFailing", businessKey).getId();
        for (int attempt = 0; attempt < 10; attempt++) {
            Job dead = management.createDeadLetterJobQuery().processInstanceId(instance).singleResult();
            if (dead != null) {
                return new DeadLetter(instance, dead.getId());
            }
            // a failed attempt waits as a timer job for its retry; bring the retry forward
            Job waiting = management.createTimerJobQuery().processInstanceId(instance).singleResult();
            if (waiting != null) {
                management.moveTimerToExecutableJob(waiting.getId());
            }
            Job job = management.createJobQuery().processInstanceId(instance).singleResult();
            try {
                management.executeJob(job.getId());
                throw new AssertionError("the failing step succeeded");
            } catch (RuntimeException expected) {
                // the retry count went down
            }
        }
        throw new AssertionError("no dead letter after 10 attempts");
    }

    /** Starts the failing process and runs its job once: it waits for its next automatic attempt. */
    public String retrying(String businessKey) {
        deployed();
        String instance = runtime.startProcessInstanceByKey("opsFailing", businessKey).getId();
        Job job = management.createJobQuery().processInstanceId(instance).singleResult();
        try {
            management.executeJob(job.getId());
            throw new AssertionError("the failing step succeeded");
        } catch (RuntimeException expected) {
            // now a timer job with the exception and one retry fewer
        }
        return instance;
    }

    /** Starts a process waiting in a user task due in 2020. Returns the process instance id. */
    public String overdueTask() {
        deployed();
        return runtime.startProcessInstanceByKey("opsWaiting").getId();
    }

    public void cancel(String processInstanceId) {
        if (runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
            runtime.deleteProcessInstance(processInstanceId, "test finished");
        }
    }
}
