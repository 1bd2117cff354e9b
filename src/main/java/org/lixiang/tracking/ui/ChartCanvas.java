package org.lixiang.tracking.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A chart drawn in the browser by Chart.js (MIT, from npm) through the small {@code lixiang-chart}
 * web component. The server sends a Chart.js configuration as JSON; the numbers in it are the
 * dashboard's aggregates, shown in a table next to the chart as well.
 */
@Tag("lixiang-chart")
@NpmPackage(value = "chart.js", version = "4.5.1")
@JsModule("./components/lixiang-chart.js")
class ChartCanvas extends Component {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Colours that stay apart for the common kinds of colour blindness (Okabe–Ito). */
    static final List<String> PALETTE = List.of("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9",
            "#F0E442", "#000000");

    enum Kind { BAR, HORIZONTAL_BAR, DOUGHNUT }

    private final Kind kind;
    private boolean wholeNumbers = true;
    private final List<String> labels = new ArrayList<>();
    private final List<Map<String, Object>> datasets = new ArrayList<>();

    ChartCanvas(Kind kind, String accessibleLabel) {
        this.kind = kind;
        getElement().setProperty("label", accessibleLabel);
    }

    ChartCanvas labels(List<String> values) {
        labels.clear();
        labels.addAll(values);
        return this;
    }

    /** A series in the next colour of the palette. */
    ChartCanvas series(String name, List<? extends Number> values) {
        return add(name, values, PALETTE.get(datasets.size() % PALETTE.size()));
    }

    /** A single series with a colour per item (the slices of a doughnut, bars of different kinds). */
    ChartCanvas seriesColouredPerItem(String name, List<? extends Number> values) {
        List<String> colours = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            colours.add(PALETTE.get(i % PALETTE.size()));
        }
        return add(name, values, colours);
    }

    private ChartCanvas add(String name, List<? extends Number> values, Object colour) {
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("label", name);
        set.put("data", values);
        set.put("backgroundColor", colour);
        datasets.add(set);
        return this;
    }

    /** The values have fractions worth a tick of their own (days, not counts). */
    ChartCanvas fractions() {
        wholeNumbers = false;
        return this;
    }

    /** Sends the configuration to the browser; call after the labels and series are set. */
    ChartCanvas draw() {
        Map<String, Object> options = new LinkedHashMap<>();
        if (kind == Kind.HORIZONTAL_BAR) {
            options.put("indexAxis", "y");
        }
        options.put("plugins", Map.of("legend", Map.of("display", kind == Kind.DOUGHNUT || datasets.size() > 1)));
        if (kind != Kind.DOUGHNUT) {
            // counts and yuan: no fractional ticks such as "0.5 proposals"
            Map<String, Object> valueAxis = wholeNumbers
                    ? Map.of("beginAtZero", true, "ticks", Map.of("precision", 0)) : Map.of("beginAtZero", true);
            options.put("scales", Map.of(kind == Kind.HORIZONTAL_BAR ? "x" : "y", valueAxis));
        }
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("type", kind == Kind.DOUGHNUT ? "doughnut" : "bar");
        config.put("data", Map.of("labels", labels, "datasets", datasets));
        config.put("options", options);
        try {
            getElement().setProperty("config", JSON.writeValueAsString(config));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    String config() {
        return getElement().getProperty("config");
    }
}
