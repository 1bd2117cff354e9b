package org.lixiang.tracking;

import java.util.List;
import org.lixiang.base.CurrentUser;
import org.lixiang.base.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dashboard of officers and leaders (and admins): how one call, or all calls, stand. */
@Service
public class Dashboard {

    private final DashboardQueries queries;
    private final FigureSnapshots snapshots;

    Dashboard(DashboardQueries queries, FigureSnapshots snapshots) {
        this.queries = queries;
        this.snapshots = snapshots;
    }

    /** A published call the dashboard can show. */
    public record CallOption(long id, String name, int year) {
    }

    @Transactional(readOnly = true)
    public List<CallOption> calls() {
        requireBureau();
        return queries.calls();
    }

    /**
     * The figures of one call, or of all published calls when {@code callId} is null, as the
     * dashboard opens: at most a minute old (see {@link FigureSnapshots}), with the time they were
     * computed.
     */
    public DashboardFigures figures(Long callId) {
        requireBureau();
        return snapshots.recent(callId);
    }

    /** The figures computed now, for the dashboard's "refresh now" button. */
    public DashboardFigures refreshedFigures(Long callId) {
        requireBureau();
        return snapshots.fresh(callId);
    }

    private static void requireBureau() {
        CurrentUser.requireAny(Role.OFFICER, Role.LEADER, Role.ADMIN);
    }
}
