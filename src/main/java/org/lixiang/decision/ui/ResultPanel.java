package org.lixiang.decision.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import org.lixiang.base.Dates;
import org.lixiang.decision.ApplicantResult;

/** A proposal's final result for its applicant: approved with the amount or not, the score, the anonymized comments. */
public class ResultPanel extends VerticalLayout {

    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    public ResultPanel(ApplicantResult r, Clock clock) {
        setPadding(false);
        setId("result-panel");
        Span outcome = new Span(r.approved() ? getTranslation("result.approved", r.fundedAmount())
                : getTranslation("result.notApproved"));
        outcome.getElement().getThemeList().addAll(java.util.List.of("badge", r.approved() ? "success" : "contrast"));
        outcome.setId("result-outcome");
        Paragraph finalized = new Paragraph(getTranslation("result.finalizedAt", Dates.format(r.finalizedAt(), clock)));
        Paragraph score = new Paragraph(r.score() == null ? getTranslation("result.noScore")
                : getTranslation("result.score", r.score().toPlainString()));
        score.setId("result-score");
        add(outcome, finalized, score, new H3(getTranslation("result.comments")));

        VerticalLayout comments = new VerticalLayout();
        comments.setPadding(false);
        comments.setId("result-comments");
        if (r.comments().isEmpty()) {
            comments.add(new Paragraph(getTranslation("result.noComments")));
        }
        for (ApplicantResult.ExpertComment c : r.comments()) {
            Span who = new Span(getTranslation("result.expert", ordinal(c.ordinal())));
            who.getStyle().set("font-weight", "600");
            Paragraph text = new Paragraph(c.comment());
            text.getStyle().set("white-space", "pre-line").set("margin", "0");
            Div one = new Div(who, text);
            one.addClassName("expert-comment");
            comments.add(one);
        }
        add(comments);
    }

    /** 专家一, 专家二, … in Chinese; Expert 1, Expert 2, … otherwise. */
    private String ordinal(int n) {
        return "zh".equals(getLocale().getLanguage()) ? chinese(n) : String.valueOf(n);
    }

    static String chinese(int n) {
        if (n < 10) {
            return DIGITS[n];
        }
        if (n < 100) {
            return (n < 20 ? "" : DIGITS[n / 10]) + "十" + (n % 10 == 0 ? "" : DIGITS[n % 10]);
        }
        return String.valueOf(n);
    }
}
