package org.lixiang.review;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.lixiang.expert.ExpertCandidate;
import org.lixiang.expert.ExpertPool;
import org.lixiang.proposal.ProposalDirectory;
import org.lixiang.proposal.ReviewFacts;
import org.springframework.stereotype.Component;

/**
 * Runs {@link ExpertDraw} against the database: the field's experts from the pool, their open
 * load (one aggregate query), who is on the proposal, and a fresh seed; then records the draw and
 * the drawn experts' assignments.
 */
@Component
class Drawing {

    private final ExpertPool pool;
    private final ProposalDirectory proposals;
    private final ReviewAssignmentRepository assignments;
    private final ReviewDrawRepository draws;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();

    Drawing(ExpertPool pool, ProposalDirectory proposals, ReviewAssignmentRepository assignments,
            ReviewDrawRepository draws, Clock clock) {
        this.pool = pool;
        this.proposals = proposals;
        this.assignments = assignments;
        this.draws = draws;
        this.clock = clock;
    }

    /** Draws {@code wanted} experts for the proposal and records them as DRAWN in the given round. */
    Drawn draw(long proposalId, int wanted, int round, Long assignedBy) {
        ReviewFacts facts = proposals.facts(proposalId);
        List<ExpertDraw.Candidate> candidates = candidates(pool.inField(facts.field()));
        ExpertDraw.Result result = ExpertDraw.draw(candidates, context(facts), wanted, seeds.nextLong());
        ReviewDraw draw = draws.save(new ReviewDraw(proposalId, result, clock.instant()));
        List<ReviewAssignment> drawn = result.drawn().stream().map(c -> assignments.save(
                new ReviewAssignment(proposalId, c.userId(), draw.getId(), round, assignedBy, clock.instant()))).toList();
        return new Drawn(result, drawn);
    }

    /** Why an expert may not review the proposal now, if anything keeps them away. */
    Optional<ExclusionReason> exclusion(long proposalId, ExpertCandidate expert) {
        ReviewFacts facts = proposals.facts(proposalId);
        return ExpertDraw.exclusion(candidates(List.of(expert)).get(0), context(facts));
    }

    /** Every expert of the proposal's field who is excluded, with the reason, for the officer's screen. */
    Map<ExpertCandidate, ExclusionReason> exclusions(long proposalId) {
        ReviewFacts facts = proposals.facts(proposalId);
        List<ExpertCandidate> field = pool.inField(facts.field());
        List<ExpertDraw.Candidate> candidates = candidates(field);
        ExpertDraw.Proposal context = context(facts);
        Map<ExpertCandidate, ExclusionReason> excluded = new java.util.LinkedHashMap<>();
        for (int i = 0; i < field.size(); i++) {
            ExpertCandidate expert = field.get(i);
            ExpertDraw.exclusion(candidates.get(i), context).ifPresent(r -> excluded.put(expert, r));
        }
        return excluded;
    }

    private List<ExpertDraw.Candidate> candidates(List<ExpertCandidate> experts) {
        Map<Long, Integer> load = new HashMap<>();
        if (!experts.isEmpty()) {
            assignments.openLoad(experts.stream().map(ExpertCandidate::userId).toList())
                    .forEach(row -> load.put((Long) row[0], ((Number) row[1]).intValue()));
        }
        return experts.stream().map(e -> new ExpertDraw.Candidate(e.userId(), e.name(), e.organizationName(),
                e.available(), e.maxConcurrentReviews(), load.getOrDefault(e.userId(), 0),
                e.conflictOrganizations(), e.conflictPeople())).toList();
    }

    private ExpertDraw.Proposal context(ReviewFacts facts) {
        Set<Long> already = assignments.findByProposalIdOrderById(facts.proposalId()).stream()
                .map(ReviewAssignment::getExpertId).collect(Collectors.toSet());
        return new ExpertDraw.Proposal(facts.applicantOrganization(),
                facts.team().stream().map(m -> new ExpertDraw.Person(m.name(), m.organization())).toList(),
                facts.avoided().stream().map(a -> new ExpertDraw.Person(a.name(), a.organization())).toList(),
                already);
    }

    /** A recorded draw and the assignments it created. */
    record Drawn(ExpertDraw.Result result, List<ReviewAssignment> assignments) {
    }
}
