package org.lixiang.decision;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProposalResultRepository extends JpaRepository<ProposalResultRow, Long> {
}
