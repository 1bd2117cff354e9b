package org.lixiang.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.repository.ProcessDefinition;
import org.lixiang.base.CurrentUser;
import org.lixiang.base.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the engine remembers of the processes: where one proposal's process stands (drawn from its
 * deployed diagram) and how long the steps of the approval took. Reads only.
 */
@Service
public class ProcessHistory {

    private final HistoryService history;
    private final RepositoryService repository;
    private final JdbcTemplate jdbc;
    /** A deployed definition never changes, so its XML is read once per definition id. */
    private final Map<String, String> xmlByDefinition = new ConcurrentHashMap<>();

    ProcessHistory(HistoryService history, RepositoryService repository, JdbcTemplate jdbc) {
        this.history = history;
        this.repository = repository;
        this.jdbc = jdbc;
    }

    /**
     * A process instance's deployed BPMN (with its diagram) and the ids of the elements it has
     * passed (activities and sequence flows) and is in now. Callers pass only the process of an
     * object they have already authorized.
     */
    public record Position(String bpmnXml, Set<String> done, Set<String> current, boolean ended) {
    }

    @Transactional(readOnly = true)
    public Optional<Position> position(String processInstanceId) {
        if (processInstanceId == null) {
            return Optional.empty();
        }
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (instance == null) {
            return Optional.empty();
        }
        Set<String> done = new LinkedHashSet<>();
        Set<String> current = new LinkedHashSet<>();
        for (HistoricActivityInstance a : history.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId).orderByHistoricActivityInstanceStartTime().asc().list()) {
            if (a.getEndTime() != null) {
                done.add(a.getActivityId());
            } else if (!"boundaryEvent".equals(a.getActivityType())) {
                // a timer waiting on a task is not where the proposal is; its task is
                current.add(a.getActivityId());
            }
        }
        // a multi-instance step still running for one expert is current, not done
        done.removeAll(current);
        return Optional.of(new Position(xml(instance.getProcessDefinitionId()), done, current,
                instance.getEndTime() != null));
    }

    private String xml(String definitionId) {
        return xmlByDefinition.computeIfAbsent(definitionId, id -> {
            ProcessDefinition d = repository.getProcessDefinition(id);
            try (InputStream in = repository.getResourceAsStream(d.getDeploymentId(), d.getResourceName())) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** How long a kind of step took: the completed tasks of one task definition key. */
    public record StepTime(String stepKey, long completed, Duration average, Duration longest) {
    }

    /**
     * Time spent in each user-task step of the proposals' approval processes, from the engine's
     * activity history (a user task's activity starts when its task is created and ends when it
     * is completed), aggregated in the database: of one call's proposals, or of all (callId null).
     * Proposals name their process instance ({@code proposal.process_instance_id}); the join
     * scopes the history to a call without a process variable per call. Activity history is kept
     * at Flowable's "activity" history level, the portal's (application.properties).
     */
    @Transactional(readOnly = true)
    public List<StepTime> stepTimes(Long callId) {
        CurrentUser.requireAny(Role.OFFICER, Role.LEADER, Role.ADMIN);
        String sql = """
                select a.ACT_ID_, count(*), avg(a.DURATION_), max(a.DURATION_)
                from ACT_HI_ACTINST a join proposal p on p.process_instance_id = a.PROC_INST_ID_
                where a.ACT_TYPE_ = 'userTask' and a.END_TIME_ is not null and a.DURATION_ is not null"""
                + (callId == null ? "" : " and p.call_id = ?")
                + " group by a.ACT_ID_ order by min(a.START_TIME_)";
        List<StepTime> steps = new ArrayList<>();
        jdbc.query(sql, rs -> {
            steps.add(new StepTime(rs.getString(1), rs.getLong(2), Duration.ofMillis(Math.round(rs.getDouble(3))),
                    Duration.ofMillis(rs.getLong(4))));
        }, callId == null ? new Object[0] : new Object[] {callId});
        return steps;
    }
}
