package org.lixiang.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.lixiang.base.Dates;
import org.lixiang.proposal.ProposalContent;
import org.lixiang.proposal.ui.ProposalTables;
import org.lixiang.review.ReviewService.ReviewCase;

/** The proposal as the expert sees it: under blind review without applicant, organization or team. */
class ReviewedProposalPanel extends VerticalLayout {

    ReviewedProposalPanel(ReviewCase c) {
        setPadding(false);
        setId("reviewed-proposal");
        ProposalContent content = c.content();
        add(new H3(c.title()));
        if (c.field() != null) {
            add(line(getTranslation("proposal.field"), getTranslation(c.field())));
        }
        if (c.blind()) {
            add(new Paragraph(getTranslation("scoring.blind")));
        } else {
            add(line(getTranslation("proposal.applicant"), c.applicant() + " · " + c.organization()));
        }
        add(section("proposal.summary", content.summary()));
        if (!content.objectives().isEmpty()) {
            add(section("proposal.objectives", content.objectives()), section("proposal.outcomes", content.outcomes()),
                    line(getTranslation("proposal.period"), Dates.format(content.startDate()) + " — "
                            + Dates.format(content.endDate())));
            if (!content.team().isEmpty()) {
                add(new H3(getTranslation("proposal.team")), ProposalTables.team(content.team()));
            }
            // the whole budget table: the expert recommends a budget and judges each category
            add(new H3(getTranslation("proposal.budget")), ProposalTables.budget(content),
                    new Span(getTranslation("budget.totals", content.requestedTotal(), content.selfRaisedTotal(),
                            content.total())));
        }
    }

    private Div line(String label, String value) {
        Div div = new Div();
        div.add(new Span(getTranslation("label.withColon", label)), new Span(value));
        return div;
    }

    private Div section(String key, String text) {
        Div div = new Div();
        Paragraph p = new Paragraph(text);
        p.addClassName("long-text");
        div.add(new H3(getTranslation(key)), p);
        return div;
    }
}
