package org.lixiang.workflow;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.UserTask;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.TaskService;
import org.flowable.engine.repository.ProcessDefinition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Process and job gauges for operations: open user tasks per step (task definition key), overdue
 * tasks, dead-letter jobs and jobs failing but still retrying. A scrape reads every gauge; they
 * share one set of counts taken at most every {@code lixiang.metrics.refresh}, so scraping stays
 * a handful of count queries however often it runs.
 */
@Component
class ProcessMetrics implements MeterBinder {

    private final TaskService tasks;
    private final ManagementService management;
    private final RepositoryService repository;
    private final Clock clock;
    private final long refreshNanos;
    private volatile Counts counts;
    private final Set<String> registeredSteps = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile MeterRegistry registry;

    ProcessMetrics(TaskService tasks, ManagementService management, RepositoryService repository, Clock clock,
                   @Value("${lixiang.metrics.refresh:PT15S}") Duration refresh) {
        this.tasks = tasks;
        this.management = management;
        this.repository = repository;
        this.clock = clock;
        this.refreshNanos = refresh.toNanos();
    }

    /** The counts behind the gauges, taken when the last ones are older than the refresh interval. */
    record Counts(long takenAt, Map<String, Long> openByStep, long overdue, long deadLetter, long failing) {
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
        userTaskSteps().forEach(this::registerStep);
        Gauge.builder("lixiang.process.tasks.overdue", () -> counts().overdue())
                .description("Open user tasks whose due date has passed").register(registry);
        Gauge.builder("lixiang.jobs.deadletter", () -> counts().deadLetter())
                .description("Jobs whose retries are exhausted; an admin retries them").register(registry);
        Gauge.builder("lixiang.jobs.failing", () -> counts().failing())
                .description("Jobs that failed and wait for an automatic retry").register(registry);
    }

    Counts counts() {
        Counts c = counts;
        long now = System.nanoTime();
        if (c == null || now - c.takenAt() >= refreshNanos) {
            c = take(now);
            counts = c;
        }
        return c;
    }

    /** One gauge per step; a process deployed while running adds its steps from the next scrape on. */
    private void registerStep(String step) {
        if (registry != null && registeredSteps.add(step)) {
            Gauge.builder("lixiang.process.tasks.open", () -> counts().openByStep().getOrDefault(step, 0L))
                    .tag("step", step).description("Open user tasks of this step").register(registry);
        }
    }

    private Counts take(long now) {
        Map<String, Long> open = new LinkedHashMap<>();
        for (String step : userTaskSteps()) {
            open.put(step, tasks.createTaskQuery().active().taskDefinitionKey(step).count());
            registerStep(step);
        }
        long overdue = tasks.createTaskQuery().active().taskDueBefore(Date.from(clock.instant())).count();
        long deadLetter = management.createDeadLetterJobQuery().count();
        long failing = management.createJobQuery().withException().count()
                + management.createTimerJobQuery().withException().count();
        return new Counts(now, open, overdue, deadLetter, failing);
    }

    /** The user tasks of the deployed processes (latest versions), sub-processes included. */
    private Set<String> userTaskSteps() {
        Set<String> steps = new TreeSet<>();
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
            BpmnModel model = repository.getBpmnModel(definition.getId());
            for (Process process : model.getProcesses()) {
                process.findFlowElementsOfType(UserTask.class, true).forEach(t -> steps.add(t.getId()));
            }
        }
        return steps;
    }
}
