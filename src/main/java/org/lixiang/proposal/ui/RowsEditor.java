package org.lixiang.proposal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A small editable list of rows (team members, experts to avoid): add, remove, and an error
 * line for problems about the list as a whole.
 */
class RowsEditor<R extends RowsEditor.Row<V>, V> extends VerticalLayout implements HasValidation {

    /** One row's inputs. */
    interface Row<V> {
        Component component();

        V value();

        boolean removable();
    }

    private final Div rows = new Div();
    private final Span error = new Span();
    private final Supplier<R> newRow;
    private final Function<V, R> rowOf;
    private final int max;
    final Button add;
    final List<R> items = new ArrayList<>();
    private boolean readOnly;

    RowsEditor(String addLabel, int max, Supplier<R> newRow, Function<V, R> rowOf) {
        this.newRow = newRow;
        this.rowOf = rowOf;
        this.max = max;
        setPadding(false);
        setSpacing(false);
        error.addClassName("field-error");
        error.setVisible(false);
        add = new Button(addLabel, VaadinIcon.PLUS.create(), e -> addRow(this.newRow.get()));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(rows, add, error);
    }

    void setValues(List<V> values) {
        items.clear();
        rows.removeAll();
        values.forEach(v -> addRow(rowOf.apply(v)));
    }

    List<V> values() {
        return items.stream().map(Row::value).toList();
    }

    void addRow(R row) {
        items.add(row);
        HorizontalLayout line = new HorizontalLayout(row.component());
        line.setAlignItems(Alignment.BASELINE);
        if (row.removable() && !readOnly) {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                items.remove(row);
                rows.remove(line);
                add.setEnabled(items.size() < max);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("action.remove"));
            line.add(remove);
        }
        rows.add(line);
        add.setEnabled(items.size() < max && !readOnly);
    }

    void setEditable(boolean editable) {
        this.readOnly = !editable;
        add.setVisible(editable);
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
