package org.lixiang;

import java.util.List;
import org.flowable.engine.ManagementService;
import org.flowable.job.api.Job;

/**
 * The tests run with Flowable's job executor off: a process's asynchronous steps (e.g. telling a
 * call's proposals their results, batch by batch) wait as jobs until a test runs them, as the
 * executor would, on behalf of nobody.
 */
public final class ProcessJobs {

    private ProcessJobs() {
    }

    /** Runs the instance's jobs one after another until none is left; returns how many ran. */
    public static int runAll(ManagementService management, String processInstanceId) {
        int ran = 0;
        for (List<Job> jobs = jobs(management, processInstanceId); !jobs.isEmpty(); jobs = jobs(management, processInstanceId)) {
            if (++ran > 10_000) {
                throw new AssertionError("process " + processInstanceId + " keeps creating jobs");
            }
            management.executeJob(jobs.get(0).getId());
        }
        return ran;
    }

    private static List<Job> jobs(ManagementService management, String processInstanceId) {
        return management.createJobQuery().processInstanceId(processInstanceId).orderByJobId().asc().listPage(0, 1);
    }
}
