package org.lixiang.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** An expert's points on one criterion, with the criterion as the call defined it when scored. */
@Embeddable
class CriterionScore {

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal weight;

    @Column(name = "max_points", nullable = false)
    private int maxPoints;

    @Column(precision = 6, scale = 2)
    private BigDecimal points;

    protected CriterionScore() {
    }

    CriterionScore(int position, String name, BigDecimal weight, int maxPoints, BigDecimal points) {
        this.position = position;
        this.name = name;
        this.weight = weight;
        this.maxPoints = maxPoints;
        this.points = points;
    }

    int getPosition() {
        return position;
    }

    String getName() {
        return name;
    }

    BigDecimal getWeight() {
        return weight;
    }

    int getMaxPoints() {
        return maxPoints;
    }

    BigDecimal getPoints() {
        return points;
    }
}
