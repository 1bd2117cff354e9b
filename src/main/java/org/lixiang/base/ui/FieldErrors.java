package org.lixiang.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lixiang.base.InvalidInputException;

/**
 * Shows a service's input problems next to the fields they concern, in the user's language.
 * Problems about no bound field appear in one notification, so nothing is lost.
 */
public final class FieldErrors {

    private final Component owner;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FieldErrors(Component owner) {
        this.owner = owner;
    }

    public FieldErrors bind(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    public void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    /** Marks every field with a problem; returns the messages that belong to no field. */
    public List<String> show(InvalidInputException e) {
        clear();
        List<String> unbound = new ArrayList<>();
        for (InvalidInputException.Problem p : e.problems()) {
            String message = owner.getTranslation(p.messageKey(), p.args());
            HasValidation field = p.field() == null ? null : fields.get(p.field());
            if (field == null) {
                unbound.add(message);
            } else if (!field.isInvalid()) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        }
        if (!unbound.isEmpty()) {
            Notification n = Notification.show(String.join("\n", unbound), 6000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        return unbound;
    }

    /** The first invalid field, to move the focus there. */
    public boolean hasErrors() {
        return fields.values().stream().anyMatch(HasValidation::isInvalid);
    }
}
