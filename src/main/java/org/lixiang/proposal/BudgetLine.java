package org.lixiang.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** One budget category: requested from the bureau (申请财政经费) and self-raised (自筹经费), in yuan. */
@Embeddable
public class BudgetLine {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private BudgetCategory category;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal requested;

    @Column(name = "self_raised", nullable = false, precision = 14, scale = 2)
    private BigDecimal selfRaised;

    protected BudgetLine() {
    }

    BudgetLine(BudgetCategory category, BigDecimal requested, BigDecimal selfRaised) {
        this.category = category;
        this.requested = requested;
        this.selfRaised = selfRaised;
    }

    public BudgetCategory getCategory() {
        return category;
    }

    public BigDecimal getRequested() {
        return requested;
    }

    public BigDecimal getSelfRaised() {
        return selfRaised;
    }
}
