package org.lixiang.proposal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.util.List;
import org.lixiang.base.Dates;
import org.lixiang.proposal.TimelineEntry;

/** The steps a proposal went through, with dates and the comments meant for the applicant. */
class TimelinePanel extends VerticalLayout {

    TimelinePanel(List<TimelineEntry> entries, Clock clock) {
        setPadding(false);
        setSpacing(false);
        addClassName("timeline");
        setId("timeline");
        for (TimelineEntry e : entries) {
            Div item = new Div();
            item.addClassName("timeline-item");
            Span when = new Span(Dates.format(e.at(), clock));
            when.addClassName("when");
            item.add(when, new Span(" " + getTranslation(e.whatKey())));
            if (e.comment() != null) {
                Div comment = new Div();
                comment.addClassName("comment");
                comment.setText(e.comment());
                item.add(comment);
            }
            if (e.due() != null) {
                Div due = new Div();
                due.addClassName("due");
                due.setText(getTranslation("proposal.dueBy", Dates.format(e.due(), clock)));
                item.add(due);
            }
            add(item);
        }
    }
}
