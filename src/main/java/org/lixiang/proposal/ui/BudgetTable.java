package org.lixiang.proposal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.lixiang.base.ui.FieldErrors;
import org.lixiang.proposal.BudgetCategory;
import org.lixiang.proposal.ProposalContent;

/**
 * The budget table: each category split into requested and self-raised, with live totals and
 * the call's maximum. The totals use the same arithmetic as the service, which recomputes them.
 */
class BudgetTable extends Div {

    final Map<BudgetCategory, BigDecimalField> requested = new EnumMap<>(BudgetCategory.class);
    final Map<BudgetCategory, BigDecimalField> selfRaised = new EnumMap<>(BudgetCategory.class);
    final Span totals = new Span();
    private final BigDecimal max;

    BudgetTable(BigDecimal max) {
        this.max = max;
        addClassName("budget-table");
        add(header(getTranslation("budget.category")), header(getTranslation("budget.requested")),
                header(getTranslation("budget.selfRaised")));
        for (BudgetCategory c : BudgetCategory.values()) {
            Span label = new Span(getTranslation(c.labelKey()));
            BigDecimalField req = amountField(c, "requested");
            BigDecimalField self = amountField(c, "selfRaised");
            requested.put(c, req);
            selfRaised.put(c, self);
            add(label, req, self);
        }
        totals.setId("budget-totals");
        totals.addClassName("budget-totals");
        add(totals);
        updateTotals();
    }

    private static Span header(String text) {
        Span s = new Span(text);
        s.addClassName("budget-header");
        return s;
    }

    private BigDecimalField amountField(BudgetCategory c, String kind) {
        BigDecimalField f = new BigDecimalField();
        f.setId("budget-" + c.name() + "-" + kind);
        f.setAriaLabel(getTranslation(c.labelKey()) + " " + getTranslation("budget." + kind));
        f.setValueChangeMode(ValueChangeMode.EAGER);
        f.addValueChangeListener(e -> updateTotals());
        return f;
    }

    void bind(FieldErrors errors) {
        for (BudgetCategory c : BudgetCategory.values()) {
            errors.bind("budget." + c.name() + ".requested", requested.get(c));
            errors.bind("budget." + c.name() + ".selfRaised", selfRaised.get(c));
        }
    }

    void setValue(List<ProposalContent.Budget> lines) {
        lines.forEach(b -> {
            requested.get(b.category()).setValue(nullIfZero(b.requested()));
            selfRaised.get(b.category()).setValue(nullIfZero(b.selfRaised()));
        });
        updateTotals();
    }

    List<ProposalContent.Budget> value() {
        List<ProposalContent.Budget> lines = new ArrayList<>();
        for (BudgetCategory c : BudgetCategory.values()) {
            lines.add(new ProposalContent.Budget(c, requested.get(c).getValue(), selfRaised.get(c).getValue()));
        }
        return lines;
    }

    void setReadOnly(boolean readOnly) {
        requested.values().forEach(f -> f.setReadOnly(readOnly));
        selfRaised.values().forEach(f -> f.setReadOnly(readOnly));
    }

    void updateTotals() {
        ProposalContent c = new ProposalContent(null, null, null, null, null, null, null, null, null, value(), false);
        totals.setText(getTranslation("budget.totals", c.requestedTotal(), c.selfRaisedTotal(), c.total())
                + " · " + getTranslation("budget.max", max));
        totals.getElement().getClassList().set("over-limit", c.requestedTotal().compareTo(max) > 0);
    }

    private static BigDecimal nullIfZero(BigDecimal v) {
        return v == null || v.signum() == 0 ? null : v;
    }
}
