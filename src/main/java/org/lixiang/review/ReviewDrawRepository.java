package org.lixiang.review;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewDrawRepository extends JpaRepository<ReviewDraw, Long> {

    Optional<ReviewDraw> findFirstByProposalIdOrderByIdDesc(long proposalId);
}
