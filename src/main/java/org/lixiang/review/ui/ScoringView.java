package org.lixiang.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.lixiang.base.Dates;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.Role;
import org.lixiang.base.ui.Notifications;
import org.lixiang.proposal.AttachmentService;
import org.lixiang.proposal.ui.AttachmentsPanel;
import org.lixiang.review.AssignmentStatus;
import org.lixiang.review.ReviewService;
import org.lixiang.review.ReviewService.ReviewCase;

/**
 * The expert's review task: first accept or decline the invitation; then read the proposal
 * (the applicant hidden under blind review), score it, save a draft, submit.
 */
@Route("review/score/:taskId")
@RolesAllowed(Role.EXPERT_NAME)
public class ScoringView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ReviewService reviews;
    private final AttachmentService attachments;
    private final Clock clock;
    ScoringForm form;
    final Button accept = new Button();
    final Button decline = new Button();
    final Button save = new Button();
    final Button submit = new Button();
    private String taskId;

    public ScoringView(ReviewService reviews, AttachmentService attachments, Clock clock) {
        this.reviews = reviews;
        this.attachments = attachments;
        this.clock = clock;
        setMaxWidth("1100px");
        accept.setText(getTranslation("scoring.accept"));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setId("accept-review");
        accept.setDisableOnClick(true);
        accept.addClickListener(e -> {
            reviews.accept(taskId);
            getUI().ifPresent(ui -> ui.navigate("review/score/" + taskId));
        });
        decline.setText(getTranslation("scoring.decline"));
        decline.setId("decline-review");
        decline.addClickListener(e -> openDecline());
        save.setText(getTranslation("scoring.saveDraft"));
        save.setId("save-review");
        save.setDisableOnClick(true);
        save.addClickListener(e -> save());
        submit.setText(getTranslation("scoring.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("submit-review");
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> submit());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        taskId = event.getRouteParameters().get("taskId").orElse("");
        ReviewCase c = reviews.open(taskId);
        removeAll();
        add(new H2(getTranslation("scoring.title", c.number())), new Paragraph(getTranslation("scoring.due",
                Dates.format(c.due(), clock))));
        add(new ReviewedProposalPanel(c));
        if (c.status() == AssignmentStatus.INVITED) {
            add(new Paragraph(getTranslation("scoring.acceptOrDecline")), new HorizontalLayout(accept, decline));
            return;
        }
        add(new AttachmentsPanel(attachments, c.proposalId(), false));
        form = new ScoringForm(c.criteria(), c.requestedTotal());
        if (c.draft() != null) {
            form.setValue(c.draft());
        }
        add(new H3(getTranslation("scoring.scores")), form, new HorizontalLayout(save, submit, decline));
    }

    private void openDecline() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("scoring.decline"));
        TextArea reason = new TextArea(getTranslation("scoring.declineReason"));
        reason.setWidthFull();
        reason.setId("decline-reason");
        Checkbox conflict = new Checkbox(getTranslation("scoring.declineConflict"));
        conflict.setId("decline-conflict");
        Button confirm = new Button(getTranslation("scoring.decline"), e -> {
            try {
                boolean replaced = reviews.decline(taskId, reason.getValue(), conflict.getValue());
                dialog.close();
                Notifications.success(getTranslation(replaced ? "scoring.declined" : "scoring.declinedNoReplacement"));
                getUI().ifPresent(ui -> ui.navigate("tasks"));
            } catch (InvalidInputException problems) {
                reason.setErrorMessage(getTranslation(problems.problems().get(0).messageKey(),
                        problems.problems().get(0).args()));
                reason.setInvalid(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.setId("confirm-decline");
        dialog.add(new VerticalLayout(reason, conflict));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    void save() {
        try {
            form.clearProblems();
            reviews.saveDraft(taskId, form.value());
            Notifications.success(getTranslation("scoring.saved"));
        } catch (InvalidInputException problems) {
            form.showProblems(problems);
        } finally {
            save.setEnabled(true);
        }
    }

    void submit() {
        try {
            form.clearProblems();
            reviews.submit(taskId, form.value());
            Notifications.success(getTranslation("scoring.submitted"));
            getUI().ifPresent(ui -> ui.navigate("tasks"));
        } catch (InvalidInputException problems) {
            form.showProblems(problems);
            submit.setEnabled(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("step.review") + " · " + getTranslation("app.name");
    }
}
