package org.lixiang.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.lixiang.base.CurrentUser;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.Role;
import org.lixiang.base.audit.AuditLog;
import org.lixiang.base.audit.AuditQuery;
import org.lixiang.base.audit.ui.AuditEntryGrid;
import org.lixiang.base.ui.Notifications;
import org.lixiang.proposal.AttachmentService;
import org.lixiang.proposal.ProposalDetails;
import org.lixiang.proposal.ProposalProgress;
import org.lixiang.proposal.ProposalService;
import org.lixiang.proposal.ProposalStatus;

/** One proposal, read-only, with its status, timeline and the actions its owner may take now. */
@Route("proposals/:proposalId")
@RolesAllowed({Role.APPLICANT_NAME, Role.OFFICER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
public class ProposalView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProposalService proposals;
    private final Clock clock;
    private String title = "";

    private final AttachmentService attachments;
    private final AuditLog audit;
    private final ProposalProgress progress;

    public ProposalView(ProposalService proposals, AttachmentService attachments, AuditLog audit,
                        ProposalProgress progress, Clock clock) {
        this.attachments = attachments;
        this.audit = audit;
        this.progress = progress;
        this.proposals = proposals;
        this.clock = clock;
        setMaxWidth("1100px");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("proposalId").orElse(-1L);
        ProposalDetails d = proposals.details(id);
        title = d.content().title();
        removeAll();
        Span status = new Span(getTranslation(d.status().labelKey()));
        status.getElement().getThemeList().add("badge");
        status.setId("proposal-status");
        add(new H2(getTranslation("proposal.viewTitle")), status, actions(d), new ProposalReadPanel(d),
                new AttachmentsPanel(attachments, id, false),
                new ProcessDiagramPanel(progress.position(id)),
                new H3(getTranslation("proposal.timeline")), new TimelinePanel(proposals.timeline(id), clock));
        if (CurrentUser.require().hasAny(Role.OFFICER, Role.LEADER, Role.ADMIN)) {
            // the bureau's view of who did what; the applicant has the timeline above instead
            AuditEntryGrid trail = new AuditEntryGrid(audit, () -> AuditQuery.forObject("proposal", id), clock.getZone());
            trail.setId("proposal-audit");
            trail.setAllRowsVisible(false);
            trail.setHeight("400px");
            add(new H3(getTranslation("audit.proposalTrail")), trail);
        }
    }

    private HorizontalLayout actions(ProposalDetails d) {
        HorizontalLayout actions = new HorizontalLayout();
        boolean mine = d.applicantId() == CurrentUser.require().userId();
        if (mine && d.status().editable()) {
            Button edit = new Button(getTranslation(d.status() == ProposalStatus.RETURNED ? "proposal.revise" : "proposal.edit"),
                    e -> getUI().ifPresent(ui -> ui.navigate("proposals/" + d.id() + "/edit")));
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            edit.setId("edit-proposal");
            actions.add(edit);
        }
        if (d.status() == ProposalStatus.APPROVED || d.status() == ProposalStatus.NOT_APPROVED) {
            // the result page belongs to the decision feature; a route, not a dependency
            Button result = new Button(getTranslation("proposal.viewResult"),
                    e -> getUI().ifPresent(ui -> ui.navigate("proposals/" + d.id() + "/result")));
            result.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            result.setId("view-result");
            actions.add(result);
        }
        if (mine && d.status() == ProposalStatus.SUBMITTED) {
            Button withdraw = new Button(getTranslation("proposal.withdraw"), e -> confirmWithdraw(d));
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            withdraw.setId("withdraw-proposal");
            actions.add(withdraw);
        }
        return actions;
    }

    private void confirmWithdraw(ProposalDetails d) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("proposal.withdraw"),
                getTranslation("proposal.withdrawConfirm"), getTranslation("proposal.withdraw"), e -> {
                    try {
                        proposals.withdraw(d.id());
                        Notifications.success(getTranslation("proposal.withdrawn"));
                    } catch (InvalidInputException refused) {
                        Notifications.error(getTranslation(refused.problems().get(0).messageKey()));
                    }
                    getUI().ifPresent(ui -> ui.getPage().reload());
                }, getTranslation("action.cancel"), e -> { });
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
