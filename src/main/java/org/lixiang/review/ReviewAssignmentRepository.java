package org.lixiang.review;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReviewAssignmentRepository extends JpaRepository<ReviewAssignment, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from ReviewAssignment a where a.id = :id")
    Optional<ReviewAssignment> lockById(@Param("id") long id);

    List<ReviewAssignment> findByProposalIdOrderById(long proposalId);

    List<ReviewAssignment> findByProposalIdAndStatusOrderById(long proposalId, AssignmentStatus status);

    boolean existsByProposalIdAndExpertIdAndStatusIn(long proposalId, long expertId, Collection<AssignmentStatus> statuses);

    /** Open reviews per expert (their load), in one query for the whole candidate list. */
    @Query("""
            select a.expertId, count(a) from ReviewAssignment a
            where a.status in (org.lixiang.review.AssignmentStatus.INVITED, org.lixiang.review.AssignmentStatus.ACCEPTED,
                               org.lixiang.review.AssignmentStatus.DRAWN)
              and a.expertId in :experts group by a.expertId""")
    List<Object[]> openLoad(@Param("experts") Collection<Long> experts);

    @Query("select coalesce(max(a.round), 0) from ReviewAssignment a where a.proposalId = :proposalId")
    int currentRound(@Param("proposalId") long proposalId);

    /** Review progress of a call's proposals: one row per proposal, counted in the database. */
    @Query("""
            select a.proposalId,
                   sum(case when a.status = org.lixiang.review.AssignmentStatus.SUBMITTED then 1 else 0 end),
                   sum(case when a.status in (org.lixiang.review.AssignmentStatus.INVITED, org.lixiang.review.AssignmentStatus.ACCEPTED) then 1 else 0 end),
                   sum(case when a.status in (org.lixiang.review.AssignmentStatus.INVITED, org.lixiang.review.AssignmentStatus.ACCEPTED)
                             and a.dueAt < :now then 1 else 0 end),
                   sum(case when a.status = org.lixiang.review.AssignmentStatus.DECLINED then 1 else 0 end)
            from ReviewAssignment a where a.proposalId in :proposals group by a.proposalId""")
    List<Object[]> progress(@Param("proposals") Collection<Long> proposals, @Param("now") Instant now);
}
