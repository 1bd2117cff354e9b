package org.lixiang.proposal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.lixiang.base.Dates;
import org.lixiang.proposal.ProposalContent;
import org.lixiang.proposal.ProposalDetails;

/**
 * A proposal shown read-only (for officers, leaders, and the applicant after submission). All
 * text is set as text, so whatever an applicant typed is displayed, never interpreted.
 */
public class ProposalReadPanel extends VerticalLayout {

    public ProposalReadPanel(ProposalDetails d) {
        setPadding(false);
        addClassName("proposal-read");
        ProposalContent c = d.content();
        add(new H3(c.title().isEmpty() ? getTranslation("proposal.untitled") : c.title()));
        add(line("proposal.number", d.number() == null ? "—" : d.number()),
                line("proposal.call", d.callName()),
                line("proposal.applicant", d.applicantName() + " · " + (d.organizationName() == null ? "" : d.organizationName())),
                line("proposal.field", c.field() == null ? "—" : getTranslation(c.field().labelKey())),
                line("proposal.period", Dates.format(c.startDate()) + " — " + Dates.format(c.endDate())));
        section("proposal.summary", c.summary());
        section("proposal.objectives", c.objectives());
        section("proposal.outcomes", c.outcomes());

        add(new H3(getTranslation("proposal.team")));
        add(ProposalTables.team(c.team()));

        if (!c.avoidedExperts().isEmpty()) {
            add(new H3(getTranslation("proposal.avoidedExperts")));
            c.avoidedExperts().forEach(a -> add(new Paragraph(getTranslation("label.withColon",
                    a.organization() == null || a.organization().isBlank() ? a.name()
                            : getTranslation("label.withDetails", a.name(), a.organization())) + a.reason())));
        }

        add(new H3(getTranslation("proposal.budget")));
        add(ProposalTables.budget(c), new Span(getTranslation("budget.totals", c.requestedTotal(), c.selfRaisedTotal(),
                c.total())));
    }

    private Div line(String key, String value) {
        Div div = new Div();
        Span label = new Span(getTranslation("label.withColon", getTranslation(key)));
        label.addClassName("label");
        div.add(label, new Span(value));
        return div;
    }

    private void section(String key, String text) {
        add(new H3(getTranslation(key)));
        Paragraph p = new Paragraph(text);
        p.addClassName("long-text");
        add(p);
    }
}
