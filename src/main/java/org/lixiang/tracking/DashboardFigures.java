package org.lixiang.tracking;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.lixiang.base.ResearchField;
import org.lixiang.proposal.ProposalStatus;
import org.lixiang.workflow.ProcessHistory.StepTime;

/**
 * The dashboard of one call, or of all calls ({@code callId} null): every number a chart or table
 * shows, already aggregated, as they stood at {@code computedAt}.
 */
public record DashboardFigures(Long callId, Instant computedAt, Map<ProposalStatus, Long> byStatus, List<Stage> funnel,
                               ReviewProgress reviews, List<StepTime> steps, Amounts amounts,
                               List<FieldCount> byField, List<OrganizationCount> byOrganization) {

    /** A stage of the funnel and how many proposals reached it. */
    public record Stage(FunnelStage stage, long proposals) {
    }

    /**
     * The experts' assignments: reviews submitted, open and due later, open and overdue, declined,
     * and drawn but not yet confirmed by an officer.
     */
    public record ReviewProgress(long submitted, long due, long overdue, long declined, long awaitingConfirmation) {
    }

    /**
     * Money in yuan: the envelope, what the submitted proposals request, what the experts recommend
     * (mean of the latest review round), what funding plans propose, and what final results fund.
     */
    public record Amounts(BigDecimal envelope, BigDecimal requested, BigDecimal recommended, BigDecimal planned,
                          BigDecimal funded) {
    }

    /** Submitted proposals of a field (null: not chosen), how many passed the formal review, how many were approved. */
    public record FieldCount(ResearchField field, long submitted, long passedFormalReview, long approved) {
    }

    /** Submitted proposals of an applicant organization (null name: none recorded). */
    public record OrganizationCount(String organization, long submitted, long approved) {
    }
}
