package org.lixiang.proposal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lixiang.base.Role;
import org.lixiang.workflow.ApprovalProcess;

/**
 * The screen the process names for the applicant's "revise proposal" step
 * ({@code proposal/revise}): it checks the task is theirs and opens the proposal's editor.
 */
@Route("proposal/revise/:taskId")
@RolesAllowed(Role.APPLICANT_NAME)
public class ReviseTaskRoute extends Div implements BeforeEnterObserver {

    private final ApprovalProcess process;

    public ReviseTaskRoute(ApprovalProcess process) {
        this.process = process;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String taskId = event.getRouteParameters().get("taskId").orElse("");
        event.forwardTo("proposals/" + process.proposalIdOf(taskId) + "/edit");
    }
}
