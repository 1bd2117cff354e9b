package org.lixiang.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.Role;
import org.lixiang.base.ui.FieldErrors;
import org.lixiang.base.ui.Notifications;
import org.lixiang.proposal.AttachmentService;
import org.lixiang.proposal.FormalDecision;
import org.lixiang.proposal.FormalReviewService;
import org.lixiang.proposal.ProposalStatus;
import org.lixiang.proposal.VersionChange;
import org.lixiang.workflow.TaskGoneException;

/**
 * The officer's formal review (形式审查) of one proposal: the whole proposal, what changed since
 * the last version, earlier decisions, and the decision — pass, return with reasons and a due
 * date, or reject with a reason. Opening it starts the review.
 */
@Route("review/formal/:taskId")
@RolesAllowed(Role.OFFICER_NAME)
public class FormalReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final FormalReviewService formal;
    private final Clock clock;
    final RadioButtonGroup<FormalDecision> decision = new RadioButtonGroup<>();
    final TextArea reason = new TextArea();
    final DateTimePicker reviseDue = new DateTimePicker();
    final Button confirm = new Button();
    private final FieldErrors errors = new FieldErrors(this);
    private String taskId;

    private final AttachmentService attachments;

    public FormalReviewView(FormalReviewService formal, AttachmentService attachments, Clock clock) {
        this.attachments = attachments;
        this.formal = formal;
        this.clock = clock;
        setMaxWidth("1100px");
        decision.setLabel(getTranslation("formalReview.decision"));
        decision.setItems(FormalDecision.values());
        decision.setItemLabelGenerator(d -> getTranslation(d.labelKey()));
        decision.setId("formal-decision");
        decision.addValueChangeListener(e -> reviseDue.setVisible(e.getValue() == FormalDecision.RETURN));
        reason.setLabel(getTranslation("formalReview.reason"));
        reason.setHelperText(getTranslation("formalReview.reasonHelp"));
        reason.setMaxLength(2000);
        reason.setWidthFull();
        reason.setId("formal-reason");
        reviseDue.setLabel(getTranslation("formalReview.reviseDue"));
        reviseDue.setVisible(false);
        reviseDue.setId("formal-due");
        confirm.setText(getTranslation("formalReview.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setDisableOnClick(true);
        confirm.setId("formal-confirm");
        confirm.addClickListener(e -> decide());
        errors.bind("decision", decision).bind("reason", reason).bind("reviseDue", reviseDue);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        taskId = event.getRouteParameters().get("taskId").orElse("");
        FormalReviewService.Case c = formal.start(taskId);
        removeAll();
        add(new H2(getTranslation("formalReview.title")));
        if (!c.history().isEmpty()) {
            add(new H3(getTranslation("formalReview.history")));
            c.history().forEach(h -> add(new Paragraph(getTranslation("formalReview.historyLine", h.revision(),
                    getTranslation(h.decision().labelKey()), h.reason() == null ? "" : h.reason()))));
        }
        if (!c.changes().isEmpty()) {
            Div changes = new Div();
            changes.setId("version-changes");
            changes.addClassName("version-changes");
            changes.add(new H3(getTranslation("formalReview.changes")));
            for (VersionChange change : c.changes()) {
                changes.add(new Paragraph(getTranslation(change.partKey())));
                Pre before = new Pre(change.before());
                before.addClassName("before");
                Pre after = new Pre(change.after());
                after.addClassName("after");
                changes.add(before, after);
            }
            add(changes);
        }
        add(new ProposalReadPanel(c.proposal()), new AttachmentsPanel(attachments, c.proposal().id(), false));
        reviseDue.setValue(LocalDateTime.now(clock).plusDays(7).withHour(17).withMinute(0).withSecond(0).withNano(0));
        reviseDue.setMin(LocalDateTime.now(clock));
        add(new H3(getTranslation("formalReview.decision")), decision, reason, reviseDue, confirm);
    }

    void decide() {
        try {
            errors.clear();
            ProposalStatus next = formal.decide(taskId, decision.getValue(), reason.getValue(),
                    reviseDue.getValue() == null ? null : reviseDue.getValue().atZone(clock.getZone()).toInstant());
            Notifications.success(getTranslation("formalReview.done", getTranslation(next.labelKey())));
            getUI().ifPresent(ui -> ui.navigate("review/formal"));
        } catch (InvalidInputException problems) {
            errors.show(problems);
            confirm.setEnabled(true);
        } catch (TaskGoneException gone) {
            Notifications.error(getTranslation("error.taskGone"));
            getUI().ifPresent(ui -> ui.navigate("review/formal"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("formalReview.title") + " · " + getTranslation("app.name");
    }
}
