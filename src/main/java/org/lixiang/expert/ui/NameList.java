package org.lixiang.expert.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;

/**
 * An editable list of names (the conflicts an expert declares): one text field per name, add and
 * remove, and one error line for the list, where the service's problem about it appears.
 */
class NameList extends VerticalLayout implements HasValidation {

    private final Div rows = new Div();
    private final Span label = new Span();
    private final Span error = new Span();
    private final int maxLength;
    private final String placeholder;
    final List<TextField> fields = new ArrayList<>();
    final Button add;

    NameList(String labelText, String addLabel, String placeholder, int maxLength) {
        this.maxLength = maxLength;
        this.placeholder = placeholder;
        setPadding(false);
        setSpacing(false);
        label.setText(labelText);
        label.addClassName("name-list-label");
        error.addClassName("field-error");
        error.setVisible(false);
        add = new Button(addLabel, VaadinIcon.PLUS.create(), e -> addRow("").focus());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(label, rows, add, error);
    }

    void setValues(List<String> names) {
        fields.clear();
        rows.removeAll();
        names.forEach(this::addRow);
    }

    /** The names as typed; the service strips them and drops empty rows. */
    List<String> values() {
        return fields.stream().map(TextField::getValue).toList();
    }

    TextField addRow(String value) {
        TextField field = new TextField();
        field.setValue(value);
        field.setPlaceholder(placeholder);
        field.setMaxLength(maxLength);
        field.setWidth("24em");
        field.setAriaLabel(label.getText());
        HorizontalLayout line = new HorizontalLayout(field);
        line.setAlignItems(Alignment.BASELINE);
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
            fields.remove(field);
            rows.remove(line);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("action.remove"));
        line.add(remove);
        fields.add(field);
        rows.add(line);
        return field;
    }

    @Override
    public void setErrorMessage(String message) {
        error.setText(message == null ? "" : message);
    }

    @Override
    public String getErrorMessage() {
        return error.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        error.setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return error.isVisible();
    }
}
