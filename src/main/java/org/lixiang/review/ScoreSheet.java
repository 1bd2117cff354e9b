package org.lixiang.review;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an expert enters: points per criterion (in the call's order), a recommended budget, an
 * overall recommendation, a comment for the applicant and a confidential one for the bureau.
 */
public record ScoreSheet(List<BigDecimal> points, BigDecimal recommendedBudget, Recommendation recommendation,
                         String commentToApplicant, String commentToBureau) {

    public ScoreSheet {
        points = points == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(points));
    }
}
