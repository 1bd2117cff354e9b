package org.lixiang.decision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
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
import org.lixiang.base.ui.FieldErrors;
import org.lixiang.base.ui.Notifications;
import org.lixiang.decision.ObjectionService;
import org.lixiang.decision.ObjectionService.ObjectionCase;
import org.lixiang.proposal.ui.AttachmentDownloadHandler;

/** The officer answers an objection: uphold (the proposal leaves the list) or dismiss, with a reply. */
@Route("decision/objection/:taskId")
@RolesAllowed(Role.OFFICER_NAME)
public class ObjectionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ObjectionService objections;
    private final Clock clock;
    final TextArea reply = new TextArea();
    final Button uphold = new Button();
    final Button dismiss = new Button();
    private final FieldErrors errors = new FieldErrors(this);
    private String taskId;

    public ObjectionView(ObjectionService objections, Clock clock) {
        this.objections = objections;
        this.clock = clock;
        reply.setLabel(getTranslation("objection.reply"));
        reply.setWidthFull();
        reply.setMaxLength(2000);
        reply.setId("objection-reply");
        uphold.setText(getTranslation("objection.uphold"));
        uphold.addThemeVariants(ButtonVariant.LUMO_ERROR);
        uphold.setDisableOnClick(true);
        uphold.setId("uphold-objection");
        uphold.addClickListener(e -> decide(true));
        dismiss.setText(getTranslation("objection.dismiss"));
        dismiss.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dismiss.setDisableOnClick(true);
        dismiss.setId("dismiss-objection");
        dismiss.addClickListener(e -> decide(false));
        errors.bind("reply", reply);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        taskId = event.getRouteParameters().get("taskId").orElse("");
        ObjectionCase c = objections.open(taskId);
        removeAll();
        Paragraph reason = new Paragraph(c.reason());
        reason.addClassName("long-text");
        add(new H2(getTranslation("objection.title", c.number())), new Paragraph(c.title()),
                new Paragraph(getTranslation("objection.filedAt", Dates.format(c.filedAt(), clock))), reason);
        if (c.attachmentName() != null) {
            Anchor evidence = new Anchor(new AttachmentDownloadHandler(() -> objections.attachment(c.objectionId()),
                    "objection " + c.objectionId()), AttachmentType.DOWNLOAD, c.attachmentName());
            evidence.setId("objection-evidence-link");
            add(new Paragraph(new Span(getTranslation("label.withColon", getTranslation("objection.attachment"))), evidence));
        }
        add(reply, new HorizontalLayout(dismiss, uphold));
    }

    private void decide(boolean up) {
        try {
            objections.decide(taskId, up, reply.getValue());
            Notifications.success(getTranslation(up ? "objection.upheld" : "objection.dismissed"));
            getUI().ifPresent(ui -> ui.navigate("tasks"));
        } catch (InvalidInputException problems) {
            errors.show(problems);
            uphold.setEnabled(true);
            dismiss.setEnabled(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("step.handleObjection") + " · " + getTranslation("app.name");
    }
}
