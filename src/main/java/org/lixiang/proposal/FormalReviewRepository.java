package org.lixiang.proposal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FormalReviewRepository extends JpaRepository<FormalReview, Long> {

    List<FormalReview> findByProposalIdOrderByRevisionDesc(long proposalId);
}
