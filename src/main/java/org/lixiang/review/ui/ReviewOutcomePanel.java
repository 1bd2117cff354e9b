package org.lixiang.review.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.lixiang.review.AggregateView;
import org.lixiang.review.ReviewOutcomes.Outcome;
import org.lixiang.review.ReviewOutcomes.SubmittedReview;

/** A proposal's aggregated score and the experts' reviews, for the bureau (names included). */
public class ReviewOutcomePanel extends VerticalLayout {

    public ReviewOutcomePanel(Outcome o) {
        setPadding(false);
        setId("review-outcome");
        AggregateView g = o.aggregate();
        if (g != null) {
            add(new Paragraph(getTranslation("outcome.score", g.score(), getTranslation("aggregation." + g.ruleApplied()),
                    g.reviews(), g.mean(), g.standardDeviation(), g.spread())));
            add(new Paragraph(getTranslation("outcome.recommendations", g.stronglySupport(), g.support(), g.notSupport())));
            add(new Paragraph(getTranslation("outcome.budget", g.meanRecommendedBudget() == null ? "—"
                    : g.meanRecommendedBudget().toPlainString(), o.requested())));
            if (g.divergent()) {
                Paragraph flag = new Paragraph(getTranslation("outcome.divergent"));
                flag.addClassName("divergent");
                add(flag);
            }
        }
        Grid<SubmittedReview> grid = new Grid<>();
        grid.addColumn(SubmittedReview::expertName).setHeader(getTranslation("assign.expert")).setAutoWidth(true);
        grid.addColumn(r -> r.total() == null ? "" : r.total().toPlainString()).setHeader(getTranslation("outcome.total"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.recommendation() == null ? "" : getTranslation(r.recommendation().labelKey()))
                .setHeader(getTranslation("scoring.recommendation")).setAutoWidth(true);
        grid.addColumn(r -> r.recommendedBudget() == null ? "" : r.recommendedBudget().toPlainString())
                .setHeader(getTranslation("scoring.recommendedBudget")).setAutoWidth(true);
        grid.addColumn(SubmittedReview::commentToApplicant).setHeader(getTranslation("scoring.commentToApplicant"))
                .setFlexGrow(2);
        grid.addColumn(SubmittedReview::commentToBureau).setHeader(getTranslation("scoring.commentToBureau"))
                .setFlexGrow(2);
        grid.setItems(o.reviews());
        grid.setAllRowsVisible(true);
        grid.setId("submitted-reviews");
        add(grid);
    }
}
