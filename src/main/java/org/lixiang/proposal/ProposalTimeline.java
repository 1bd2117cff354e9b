package org.lixiang.proposal;

import java.time.Clock;
import java.time.Instant;
import org.lixiang.base.CurrentUser;
import org.springframework.stereotype.Component;

/** Writes the applicant's timeline, in the transaction of the step it records. */
@Component
class ProposalTimeline {

    private final ProposalEventRepository events;
    private final Clock clock;

    ProposalTimeline(ProposalEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    void add(long proposalId, ProposalEvent.Type type, String commentForApplicant, Instant due) {
        Long actor = CurrentUser.get().map(u -> u.userId()).orElse(null);
        events.save(new ProposalEvent(proposalId, clock.instant(), type, actor, commentForApplicant, due));
    }
}
