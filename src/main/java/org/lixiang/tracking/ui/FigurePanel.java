package org.lixiang.tracking.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.List;

/**
 * One figure of the dashboard: a title, the chart, and under it the same numbers as a table
 * (for reading exact values, copying them, and for screen readers).
 */
class FigurePanel extends Div {

    final ChartCanvas chart;
    final Grid<List<String>> numbers = new Grid<>();
    final Details details;

    FigurePanel(String id, String title, ChartCanvas chart, List<String> headers, List<List<String>> rows) {
        this.chart = chart;
        setId(id);
        addClassName("dashboard-figure");
        for (int i = 0; i < headers.size(); i++) {
            int column = i;
            numbers.addColumn(row -> row.get(column)).setHeader(headers.get(i)).setAutoWidth(true)
                    .setFlexGrow(i == 0 ? 1 : 0);
        }
        numbers.setItems(rows);
        numbers.setAllRowsVisible(rows.size() <= 12);
        if (rows.size() > 12) {
            numbers.setHeight("24em");
        }
        numbers.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        numbers.setEmptyStateText(getTranslation("dashboard.noData"));
        numbers.setId(id + "-numbers");
        details = new Details(getTranslation("dashboard.numbers"), numbers);
        details.setWidthFull();
        add(new H3(title), chart, details);
    }
}
