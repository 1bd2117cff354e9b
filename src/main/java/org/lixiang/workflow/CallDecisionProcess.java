package org.lixiang.workflow;

import java.util.Map;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.Execution;
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

    CallDecisionProcess(RuntimeService runtime) {
        this.runtime = runtime;
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
        Execution waiting = runtime.createExecutionQuery().processInstanceId(processInstanceId)
                .messageEventSubscriptionName(message).singleResult();
        if (waiting == null) {
            return false;
        }
        runtime.messageEventReceived(message, waiting.getId());
        return true;
    }
}
