package org.lixiang.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A recorded draw: its seed makes it reproducible; the exclusion counts explain a shortage. */
@Entity
@Table(name = "review_draw")
class ReviewDraw {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "proposal_id", nullable = false)
    private long proposalId;

    @Column(nullable = false)
    private long seed;

    @Column(nullable = false)
    private int wanted;

    @Column(nullable = false)
    private int drawn;

    @Column(nullable = false)
    private int eligible;

    /** Reason=count pairs, e.g. "SAME_ORGANIZATION=2,AT_CAPACITY=1". */
    @Column(name = "exclusion_counts", nullable = false, length = 1000)
    private String exclusionCounts;

    @Column(name = "drawn_at", nullable = false)
    private Instant drawnAt;

    protected ReviewDraw() {
    }

    ReviewDraw(long proposalId, ExpertDraw.Result result, Instant drawnAt) {
        this.proposalId = proposalId;
        this.seed = result.seed();
        this.wanted = result.wanted();
        this.drawn = result.drawn().size();
        this.eligible = result.eligible();
        this.exclusionCounts = result.exclusionCounts().entrySet().stream()
                .map(e -> e.getKey().name() + "=" + e.getValue()).reduce((a, b) -> a + "," + b).orElse("");
        this.drawnAt = drawnAt;
    }

    Long getId() {
        return id;
    }

    long getProposalId() {
        return proposalId;
    }

    long getSeed() {
        return seed;
    }

    int getWanted() {
        return wanted;
    }

    int getDrawn() {
        return drawn;
    }

    int getEligible() {
        return eligible;
    }

    java.util.Map<ExclusionReason, Integer> exclusionCounts() {
        java.util.Map<ExclusionReason, Integer> counts = new java.util.EnumMap<>(ExclusionReason.class);
        if (!exclusionCounts.isEmpty()) {
            for (String pair : exclusionCounts.split(",")) {
                String[] kv = pair.split("=");
                counts.put(ExclusionReason.valueOf(kv[0]), Integer.parseInt(kv[1]));
            }
        }
        return counts;
    }

    Instant getDrawnAt() {
        return drawnAt;
    }
}
