package org.lixiang.workflow;

import java.util.Map;
import java.util.Optional;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.job.api.Job;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The call-level decision ({@code processes/call-decision.bpmn20.xml}) and the objection process
 * ({@code processes/objection.bpmn20.xml}). Callers pass ids only.
 */
@Service
public class CallDecisionProcess {

    public static final String PROCESS_KEY = "callDecision";
    public static final String OBJECTION_KEY = "objection";
    public static final String OBJECTION_UPHELD = "objectionUpheld";
    public static final String OBJECTION_DISMISSED = "objectionDismissed";

    private final RuntimeService runtime;
    private final ManagementService management;

    CallDecisionProcess(RuntimeService runtime, ManagementService management) {
        this.runtime = runtime;
        this.management = management;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String start(long callId, long planId, String subject) {
        return runtime.createProcessInstanceBuilder().processDefinitionKey(PROCESS_KEY).businessKey("CALL-" + callId)
                .name(subject).variables(Map.of("planId", planId)).start().getId();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String startObjection(long objectionId, long planId, String subject) {
        return runtime.createProcessInstanceBuilder().processDefinitionKey(OBJECTION_KEY)
                .businessKey("OBJECTION-" + objectionId).name(subject)
                .variables(Map.of("objectionId", objectionId, "planId", planId)).start().getId();
    }

    /**
     * Tells the call's decision process about an answered objection, if it is waiting for that
     * message now; otherwise (e.g. a dismissal during publicity) there is nothing to tell.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean tell(String processInstanceId, String message) {
        Optional<String> waiting = WaitingForMessage.execution(runtime, processInstanceId, message);
        waiting.ifPresent(execution -> runtime.messageEventReceived(message, execution));
        return waiting.isPresent();
    }

    /**
     * Makes the publicity timer of a call's decision process due now, for the demo loader, which
     * records a call whose publicity period lies in the past (it backdates the period first). The
     * job executor then runs the timer like any due one, and the step it leads to still checks
     * for itself that the period has ended, so this cannot cut a real publicity short.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void makePublicityEndDue(String processInstanceId) {
        Job timer = management.createTimerJobQuery().processInstanceId(processInstanceId)
                .elementId("publicityEnds").singleResult();
        if (timer == null) {
            throw new IllegalStateException("process " + processInstanceId + " is not in publicity");
        }
        management.moveTimerToExecutableJob(timer.getId());
    }
}
