package org.lixiang.review.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.ui.FieldErrors;
import org.lixiang.call.CallCriterion;
import org.lixiang.review.Recommendation;
import org.lixiang.review.ScoreSheet;

/**
 * The expert's score sheet: points per criterion (with weight and maximum), a live weighted
 * total, recommended budget, recommendation and the two comments. The service recomputes the
 * total; the live one is the same arithmetic, for the expert's eyes.
 */
public class ScoringForm extends FormLayout {

    final List<BigDecimalField> points = new ArrayList<>();
    final Span total = new Span();
    final BigDecimalField recommendedBudget = new BigDecimalField();
    final RadioButtonGroup<Recommendation> recommendation = new RadioButtonGroup<>();
    final TextArea commentToApplicant = new TextArea();
    final TextArea commentToBureau = new TextArea();
    private final List<CallCriterion.Draft> criteria;
    private final FieldErrors errors = new FieldErrors(this);

    public ScoringForm(List<CallCriterion.Draft> criteria, BigDecimal requested) {
        this.criteria = criteria;
        for (int i = 0; i < criteria.size(); i++) {
            CallCriterion.Draft c = criteria.get(i);
            BigDecimalField f = new BigDecimalField(getTranslation("scoring.criterion", c.name(), c.weight(), c.maxPoints()));
            f.setValueChangeMode(ValueChangeMode.EAGER);
            f.addValueChangeListener(e -> updateTotal());
            f.setId("points-" + i);
            points.add(f);
            errors.bind("points." + i, f);
            add(f);
        }
        total.setId("live-total");
        total.addClassName("live-total");
        add(total, 2);
        recommendedBudget.setLabel(getTranslation("scoring.recommendedBudget"));
        recommendedBudget.setHelperText(getTranslation("scoring.requested", requested));
        recommendedBudget.setId("recommended-budget");
        recommendation.setLabel(getTranslation("scoring.recommendation"));
        recommendation.setItems(Recommendation.values());
        recommendation.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        recommendation.setId("recommendation");
        commentToApplicant.setLabel(getTranslation("scoring.commentToApplicant"));
        commentToApplicant.setHelperText(getTranslation("scoring.commentToApplicantHelp"));
        commentToApplicant.setMaxLength(4000);
        commentToApplicant.setId("comment-applicant");
        commentToBureau.setLabel(getTranslation("scoring.commentToBureau"));
        commentToBureau.setHelperText(getTranslation("scoring.commentToBureauHelp"));
        commentToBureau.setMaxLength(4000);
        commentToBureau.setId("comment-bureau");
        add(recommendedBudget, recommendation);
        add(commentToApplicant, 2);
        add(commentToBureau, 2);
        errors.bind("recommendedBudget", recommendedBudget).bind("recommendation", recommendation)
                .bind("commentToApplicant", commentToApplicant).bind("commentToBureau", commentToBureau);
        updateTotal();
    }

    void updateTotal() {
        BigDecimal sum = BigDecimal.ZERO;
        boolean complete = true;
        for (int i = 0; i < criteria.size(); i++) {
            BigDecimal p = points.get(i).getValue();
            if (p == null) {
                complete = false;
                continue;
            }
            CallCriterion.Draft c = criteria.get(i);
            sum = sum.add(p.multiply(c.weight()).divide(BigDecimal.valueOf(c.maxPoints()), MathContext.DECIMAL64));
        }
        String value = sum.setScale(2, RoundingMode.HALF_UP).toPlainString();
        total.setText(getTranslation(complete ? "scoring.total" : "scoring.totalSoFar", value));
    }

    public void setValue(ScoreSheet sheet) {
        for (int i = 0; i < points.size() && i < sheet.points().size(); i++) {
            points.get(i).setValue(sheet.points().get(i));
        }
        recommendedBudget.setValue(sheet.recommendedBudget());
        recommendation.setValue(sheet.recommendation());
        commentToApplicant.setValue(sheet.commentToApplicant() == null ? "" : sheet.commentToApplicant());
        commentToBureau.setValue(sheet.commentToBureau() == null ? "" : sheet.commentToBureau());
        updateTotal();
    }

    public ScoreSheet value() {
        return new ScoreSheet(points.stream().map(BigDecimalField::getValue).toList(), recommendedBudget.getValue(),
                recommendation.getValue(), commentToApplicant.getValue(), commentToBureau.getValue());
    }

    public void showProblems(InvalidInputException e) {
        errors.show(e);
    }

    public void clearProblems() {
        errors.clear();
    }
}
