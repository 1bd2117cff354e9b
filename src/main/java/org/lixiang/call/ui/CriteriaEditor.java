package org.lixiang.call.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.lixiang.base.ui.FieldErrors;
import org.lixiang.call.CallCriterion;

/**
 * The scoring template as a small table: one row per criterion (name, weight, maximum points),
 * rows added and removed freely, and a live total of the weights, which must come to 100.
 * Problems about the template as a whole (field {@code criteria}) are shown under the table.
 */
class CriteriaEditor extends Composite<VerticalLayout> implements HasValidation {

    static final BigDecimal HUNDRED = new BigDecimal("100");

    /** One criterion's fields. */
    final class Row extends HorizontalLayout {
        final TextField name = new TextField();
        final BigDecimalField weight = new BigDecimalField();
        final IntegerField maxPoints = new IntegerField();
        final Button remove = new Button(VaadinIcon.TRASH.create());

        Row(CallCriterion.Draft draft) {
            name.setMaxLength(100);
            name.setWidth("18rem");
            name.setAriaLabel(getTranslation("callCriteria.name"));
            weight.setWidth("8rem");
            weight.setAriaLabel(getTranslation("callCriteria.weight"));
            weight.setValueChangeMode(ValueChangeMode.EAGER);
            weight.addValueChangeListener(e -> updateTotal());
            maxPoints.setWidth("8rem");
            maxPoints.setMin(1);
            maxPoints.setAriaLabel(getTranslation("callCriteria.maxPoints"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("callCriteria.remove"));
            remove.setTooltipText(getTranslation("callCriteria.remove"));
            remove.addClickListener(e -> removeRow(this));
            if (draft != null) {
                name.setValue(Objects.requireNonNullElse(draft.name(), ""));
                weight.setValue(draft.weight());
                maxPoints.setValue(draft.maxPoints() > 0 ? draft.maxPoints() : null);
            }
            setAlignItems(FlexComponent.Alignment.BASELINE);
            add(name, weight, maxPoints, remove);
        }

        CallCriterion.Draft value() {
            return new CallCriterion.Draft(name.getValue(), weight.getValue(),
                    maxPoints.getValue() == null ? 0 : maxPoints.getValue());
        }

        void setReadOnly(boolean readOnly) {
            name.setReadOnly(readOnly);
            weight.setReadOnly(readOnly);
            maxPoints.setReadOnly(readOnly);
            remove.setVisible(!readOnly);
        }
    }

    final List<Row> rows = new ArrayList<>();
    final VerticalLayout rowLayout = new VerticalLayout();
    final Button add = new Button();
    final Span total = new Span();
    private final Span error = new Span();
    private boolean invalid;
    private boolean readOnly;

    CriteriaEditor() {
        HorizontalLayout header = new HorizontalLayout(label("callCriteria.name", "18rem"),
                label("callCriteria.weight", "8rem"), label("callCriteria.maxPoints", "8rem"));
        rowLayout.setPadding(false);
        rowLayout.setSpacing(false);
        add.setText(getTranslation("callCriteria.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(e -> addRow(null));
        add.setId("add-criterion");
        total.setId("weights-total");
        error.addClassName("criteria-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        error.setVisible(false);
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.add(header, rowLayout, new HorizontalLayout(add, total), error);
        updateTotal();
    }

    private Div label(String key, String width) {
        Div label = new Div(getTranslation(key));
        label.setWidth(width);
        label.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        return label;
    }

    Row addRow(CallCriterion.Draft draft) {
        Row row = new Row(draft);
        row.setReadOnly(readOnly);
        rows.add(row);
        rowLayout.add(row);
        updateTotal();
        return row;
    }

    private void removeRow(Row row) {
        rows.remove(row);
        rowLayout.remove(row);
        updateTotal();
    }

    void setValue(List<CallCriterion.Draft> criteria) {
        rows.clear();
        rowLayout.removeAll();
        criteria.forEach(this::addRow);
        updateTotal();
    }

    List<CallCriterion.Draft> getValue() {
        return rows.stream().map(Row::value).toList();
    }

    /** The sum of the weights entered so far (empty weights count as zero). */
    BigDecimal weightsTotal() {
        return rows.stream().map(r -> r.weight.getValue()).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private void updateTotal() {
        BigDecimal sum = weightsTotal();
        total.setText(getTranslation("callCriteria.total", sum));
        boolean ok = sum.compareTo(HUNDRED) == 0;
        total.getStyle().set("color", ok ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)")
                .set("font-weight", "600");
        total.getElement().setAttribute("data-complete", Boolean.toString(ok));
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        rows.forEach(r -> r.setReadOnly(readOnly));
        add.setVisible(!readOnly);
    }

    /** Binds the template ({@code criteria}) and each row's fields ({@code criteria[i].name}, ...). */
    void bindTo(FieldErrors errors) {
        errors.bind("criteria", this);
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            errors.bind("criteria[" + i + "].name", row.name).bind("criteria[" + i + "].weight", row.weight)
                    .bind("criteria[" + i + "].maxPoints", row.maxPoints);
        }
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        error.setText(errorMessage == null ? "" : errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return error.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        this.invalid = invalid;
        error.setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return invalid;
    }
}
