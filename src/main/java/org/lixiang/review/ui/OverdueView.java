package org.lixiang.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import org.lixiang.base.Dates;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.Role;
import org.lixiang.base.ui.FieldErrors;
import org.lixiang.base.ui.Notifications;
import org.lixiang.review.ReviewEscalations;
import org.lixiang.review.ReviewEscalations.OverdueCase;

/** An overdue review escalated to the officer: extend the expert's due date, or replace the expert. */
@Route("review/overdue/:taskId")
@RolesAllowed(Role.OFFICER_NAME)
public class OverdueView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ReviewEscalations escalations;
    private final Clock clock;
    final DateTimePicker newDue = new DateTimePicker();
    final Button extend = new Button();
    final Button replace = new Button();
    private final FieldErrors errors = new FieldErrors(this);
    private String taskId;

    public OverdueView(ReviewEscalations escalations, Clock clock) {
        this.escalations = escalations;
        this.clock = clock;
        newDue.setLabel(getTranslation("overdue.newDue"));
        newDue.setId("new-due");
        extend.setText(getTranslation("overdue.extend"));
        extend.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        extend.setId("extend-review");
        extend.setDisableOnClick(true);
        extend.addClickListener(e -> {
            try {
                escalations.extend(taskId, newDue.getValue() == null ? null
                        : newDue.getValue().atZone(clock.getZone()).toInstant());
                done();
            } catch (InvalidInputException problems) {
                errors.show(problems);
                extend.setEnabled(true);
            }
        });
        replace.setText(getTranslation("overdue.replace"));
        replace.addThemeVariants(ButtonVariant.LUMO_ERROR);
        replace.setId("replace-expert");
        replace.setDisableOnClick(true);
        replace.addClickListener(e -> {
            boolean replaced = escalations.replace(taskId);
            if (!replaced) {
                Notifications.error(getTranslation("overdue.noReplacement"));
            }
            done();
        });
        errors.bind("newDue", newDue);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        taskId = event.getRouteParameters().get("taskId").orElse("");
        OverdueCase c = escalations.open(taskId);
        removeAll();
        newDue.setValue(LocalDateTime.now(clock).plusDays(7).withHour(17).withMinute(0).withSecond(0).withNano(0));
        HorizontalLayout actions = new HorizontalLayout(newDue, extend, replace);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("overdue.title", c.number())), new Paragraph(c.title()),
                new Paragraph(getTranslation("overdue.text", c.expertName(), Dates.format(c.due(), clock),
                        getTranslation(c.status().labelKey()))), actions);
    }

    private void done() {
        Notifications.success(getTranslation("action.saved"));
        getUI().ifPresent(ui -> ui.navigate("tasks"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("step.handleOverdue") + " · " + getTranslation("app.name");
    }
}
