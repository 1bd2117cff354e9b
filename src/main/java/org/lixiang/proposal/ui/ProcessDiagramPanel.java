package org.lixiang.proposal.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lixiang.workflow.ProcessHistory.Position;

/**
 * "Where the proposal stands": its process diagram with the steps done, the step it is in now
 * and the ones ahead, a legend, and the current steps in words (the diagram is a picture).
 */
class ProcessDiagramPanel extends Details {

    final Paragraph currentSteps = new Paragraph();

    ProcessDiagramPanel(Optional<Position> position) {
        setSummaryText(getTranslation("diagram.title"));
        setId("process-diagram");
        setOpened(true);
        setWidthFull();
        if (position.isEmpty()) {
            add(new Paragraph(getTranslation("diagram.notStarted")));
            return;
        }
        Position p = position.get();
        currentSteps.setId("process-current");
        currentSteps.setText(p.ended() || p.current().isEmpty() ? getTranslation("diagram.ended")
                : getTranslation("diagram.currentSteps", p.current().stream().map(this::stepName)
                        .distinct().collect(Collectors.joining(getTranslation("diagram.separator")))));
        Div legend = new Div(legend("done", "diagram.legend.done"), legend("current", "diagram.legend.current"),
                legend("ahead", "diagram.legend.ahead"));
        legend.addClassName("diagram-legend");
        add(currentSteps, new ProcessDiagram(p), legend);
    }

    private Span legend(String marker, String key) {
        Span s = new Span(getTranslation(key));
        s.addClassNames("diagram-legend-item", marker);
        return s;
    }

    /** A step's name from the bundles; an element the bundles do not name shows its id. */
    private String stepName(String id) {
        String name = getTranslation("process.step." + id);
        return name.startsWith("!") ? id : name;
    }
}
