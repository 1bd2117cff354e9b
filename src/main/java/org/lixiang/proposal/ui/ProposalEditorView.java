package org.lixiang.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.lixiang.base.CurrentUser;
import org.lixiang.base.Dates;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.Role;
import org.lixiang.base.ui.Notifications;
import org.lixiang.call.CallDetails;
import org.lixiang.call.CallService;
import org.lixiang.proposal.AttachmentService;
import org.lixiang.proposal.ProposalDetails;
import org.lixiang.proposal.ProposalService;
import org.lixiang.proposal.ProposalStatus;
import org.lixiang.proposal.ProposalSubmission;
import org.lixiang.proposal.TimelineEntry;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The applicant writes, saves and submits a proposal. Saving keeps incomplete work; submitting
 * checks everything and shows every problem next to its field.
 */
@Route("proposals/:proposalId/edit")
@RolesAllowed(Role.APPLICANT_NAME)
public class ProposalEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProposalService proposals;
    private final ProposalSubmission submission;
    private final CallService calls;
    private final Clock clock;
    private final AttachmentService attachments;
    ProposalForm form;
    final Button save = new Button();
    final Button submit = new Button();
    private long proposalId;
    private long version;

    public ProposalEditorView(ProposalService proposals, ProposalSubmission submission, CallService calls,
                              AttachmentService attachments, Clock clock) {
        this.attachments = attachments;
        this.proposals = proposals;
        this.submission = submission;
        this.calls = calls;
        this.clock = clock;
        setMaxWidth("1100px");
        save.setText(getTranslation("proposal.saveDraft"));
        save.setId("save-draft");
        save.setDisableOnClick(true);
        save.addClickListener(e -> save());
        submit.setText(getTranslation("proposal.submit"));
        submit.setId("submit-proposal");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> submit());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long requested = event.getRouteParameters().getLong("proposalId").orElse(-1L);
        if (form != null && requested == proposalId) {
            // This proposal is open here already: a second navigation to the same place (the
            // browser's router confirming the forward from the revise step sends one, a few hundred
            // ms late) must not rebuild the form and throw away what the applicant has typed since.
            // Saving and submitting check ownership, status and version again.
            return;
        }
        proposalId = requested;
        ProposalDetails d = proposals.details(proposalId);
        if (d.applicantId() != CurrentUser.require().userId() || !d.status().editable()) {
            event.forwardTo("proposals/" + proposalId);
            return;
        }
        version = d.version();
        CallDetails call = calls.details(d.callId());
        removeAll();
        add(new H2(getTranslation(d.status() == ProposalStatus.RETURNED ? "proposal.reviseTitle" : "proposal.editTitle")));
        Paragraph deadline = new Paragraph(getTranslation("proposal.callDeadline", call.name(),
                Dates.format(call.closesAt(), clock)));
        deadline.addClassName("deadline");
        add(deadline);
        if (d.status() == ProposalStatus.RETURNED) {
            proposals.timeline(proposalId).stream().filter(t -> t.whatKey().equals("timeline.RETURNED"))
                    .reduce((a, b) -> b).ifPresent(this::showReturnReasons);
        }
        form = new ProposalForm(call);
        form.setValue(d.content());
        add(form, new AttachmentsPanel(attachments, proposalId, true), new HorizontalLayout(save, submit));
    }

    private void showReturnReasons(TimelineEntry returned) {
        Div box = new Div();
        box.addClassName("return-reasons");
        box.setId("return-reasons");
        box.add(new Paragraph(getTranslation("proposal.returnedBecause")));
        Paragraph reason = new Paragraph(returned.comment());
        box.add(reason);
        if (returned.due() != null) {
            box.add(new Paragraph(getTranslation("proposal.dueBy", Dates.format(returned.due(), clock))));
        }
        add(box);
    }

    void save() {
        try {
            form.clearProblems();
            version = proposals.saveDraft(proposalId, version, form.value());
            Notifications.success(getTranslation("proposal.saved"));
        } catch (InvalidInputException problems) {
            form.showProblems(problems);
        } catch (ObjectOptimisticLockingFailureException conflict) {
            Notifications.error(getTranslation("error.concurrentEdit"));
        } finally {
            save.setEnabled(true);
        }
    }

    void submit() {
        try {
            form.clearProblems();
            String number = submission.submit(proposalId, version, form.value());
            Notifications.success(getTranslation("proposal.submitted", number));
            getUI().ifPresent(ui -> ui.navigate("proposals/" + proposalId));
        } catch (InvalidInputException problems) {
            form.showProblems(problems);
            submit.setEnabled(true);
        } catch (ObjectOptimisticLockingFailureException conflict) {
            Notifications.error(getTranslation("error.concurrentEdit"));
            submit.setEnabled(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("proposal.editTitle") + " · " + getTranslation("app.name");
    }
}
