package org.lixiang.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewRepository extends JpaRepository<Review, Long> {

    Optional<Review> findByAssignmentId(long assignmentId);

    List<Review> findByProposalIdAndStatusOrderById(long proposalId, Review.Status status);
}
