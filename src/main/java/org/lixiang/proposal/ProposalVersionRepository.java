package org.lixiang.proposal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProposalVersionRepository extends JpaRepository<ProposalVersion, Long> {

    List<ProposalVersion> findByProposalIdOrderByRevisionDesc(long proposalId);
}
