package org.lixiang.tracking;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.lixiang.base.CurrentUser;
import org.lixiang.base.Role;
import org.lixiang.proposal.ProposalStatus;
import org.lixiang.tracking.DashboardFigures.Stage;
import org.lixiang.workflow.ProcessHistory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dashboard of officers and leaders (and admins): how one call, or all calls, stand. */
@Service
public class Dashboard {

    private final DashboardQueries queries;
    private final ProcessHistory history;
    private final Clock clock;

    Dashboard(DashboardQueries queries, ProcessHistory history, Clock clock) {
        this.queries = queries;
        this.history = history;
        this.clock = clock;
    }

    /** A published call the dashboard can show. */
    public record CallOption(long id, String name, int year) {
    }

    @Transactional(readOnly = true)
    public List<CallOption> calls() {
        requireBureau();
        return queries.calls();
    }

    /** The figures of one call, or of all published calls when {@code callId} is null. */
    @Transactional(readOnly = true)
    public DashboardFigures figures(Long callId) {
        requireBureau();
        Map<ProposalStatus, Long> byStatus = queries.byStatus(callId);
        List<Stage> funnel = Arrays.stream(FunnelStage.values()).map(stage -> new Stage(stage,
                stage.reachedBy().stream().mapToLong(s -> byStatus.getOrDefault(s, 0L)).sum())).toList();
        return new DashboardFigures(callId, byStatus, funnel, queries.reviews(callId, clock.instant()),
                history.stepTimes(callId), queries.amounts(callId), queries.byField(callId),
                queries.byOrganization(callId));
    }

    private static void requireBureau() {
        CurrentUser.requireAny(Role.OFFICER, Role.LEADER, Role.ADMIN);
    }
}
