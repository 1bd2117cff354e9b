package org.lixiang.proposal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProposalEventRepository extends JpaRepository<ProposalEvent, Long> {

    List<ProposalEvent> findByProposalIdOrderById(long proposalId);
}
