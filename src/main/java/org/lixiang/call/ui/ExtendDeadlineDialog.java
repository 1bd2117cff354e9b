package org.lixiang.call.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.ui.FieldErrors;

/**
 * Asks for a later deadline and the reason for it. Fires {@link ExtendEvent}; the view calls the
 * service and hands problems back.
 */
class ExtendDeadlineDialog extends Dialog {

    final DateTimePicker newClosesAt = new DateTimePicker();
    final TextArea reason = new TextArea();
    final Button confirm = new Button();
    private final FieldErrors errors = new FieldErrors(this);
    private final ZoneId zone;

    ExtendDeadlineDialog(Instant currentClosesAt, ZoneId zone) {
        this.zone = zone;
        setHeaderTitle(getTranslation("callEditor.extendTitle"));
        Paragraph current = new Paragraph(getTranslation("callEditor.currentDeadline",
                OpenCallsView.DATE_TIME.format(currentClosesAt.atZone(zone))));
        newClosesAt.setLabel(getTranslation("callEditor.newDeadline"));
        newClosesAt.setValue(LocalDateTime.ofInstant(currentClosesAt, zone));
        newClosesAt.setId("new-closes-at");
        reason.setLabel(getTranslation("callEditor.reason"));
        reason.setHelperText(getTranslation("callEditor.reasonHelp"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setId("extend-reason");
        errors.bind("newClosesAt", newClosesAt).bind("reason", reason);

        confirm.setText(getTranslation("callEditor.extend"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setDisableOnClick(true);
        confirm.addClickListener(e -> fireEvent(new ExtendEvent(this)));
        confirm.setId("confirm-extend");
        VerticalLayout content = new VerticalLayout(current, newClosesAt, reason);
        content.setPadding(false);
        content.setMinWidth("28em");
        add(content);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }

    Instant newValue() {
        return newClosesAt.getValue() == null ? null : newClosesAt.getValue().atZone(zone).toInstant();
    }

    void showProblems(InvalidInputException e) {
        errors.show(e);
        confirm.setEnabled(true);
    }

    Registration addExtendListener(ComponentEventListener<ExtendEvent> listener) {
        return addListener(ExtendEvent.class, listener);
    }

    /** The officer confirmed the new deadline. */
    static class ExtendEvent extends ComponentEvent<ExtendDeadlineDialog> {
        ExtendEvent(ExtendDeadlineDialog source) {
            super(source, false);
        }
    }
}
