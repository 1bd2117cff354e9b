package org.lixiang.tracking;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.lixiang.proposal.ProposalStatus;
import org.lixiang.tracking.DashboardFigures.Stage;
import org.lixiang.workflow.ProcessHistory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the dashboard's figures from the tables, every query an aggregate in the database.
 * Called only through {@link FigureSnapshots}, which decides when the figures must be recomputed;
 * the caller's role has been checked by {@link Dashboard} (and the engine history checks it again).
 */
@Component
class DashboardCalculation {

    private final DashboardQueries queries;
    private final ProcessHistory history;
    private final Clock clock;

    DashboardCalculation(DashboardQueries queries, ProcessHistory history, Clock clock) {
        this.queries = queries;
        this.history = history;
        this.clock = clock;
    }

    /** The figures of one call, or of all published calls when {@code callId} is null, as of now. */
    @Transactional(readOnly = true)
    DashboardFigures compute(Long callId) {
        var now = clock.instant();
        Map<ProposalStatus, Long> byStatus = queries.byStatus(callId);
        List<Stage> funnel = Arrays.stream(FunnelStage.values()).map(stage -> new Stage(stage,
                stage.reachedBy().stream().mapToLong(s -> byStatus.getOrDefault(s, 0L)).sum())).toList();
        return new DashboardFigures(callId, now, byStatus, funnel, queries.reviews(callId, now),
                history.stepTimes(callId), queries.amounts(callId), queries.byField(callId),
                queries.byOrganization(callId));
    }
}
