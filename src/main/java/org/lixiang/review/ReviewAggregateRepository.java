package org.lixiang.review;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReviewAggregateRepository extends JpaRepository<ReviewAggregate, Long> {

    Optional<ReviewAggregate> findFirstByProposalIdOrderByRoundDesc(long proposalId);

    /** The latest aggregate of each proposal. */
    @Query("""
            select g from ReviewAggregate g where g.proposalId in :proposals
              and g.round = (select max(h.round) from ReviewAggregate h where h.proposalId = g.proposalId)""")
    List<ReviewAggregate> latest(@Param("proposals") Collection<Long> proposals);
}
