package org.lixiang.proposal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    List<Attachment> findByProposalIdOrderById(long proposalId);

    @Query("select coalesce(sum(a.sizeBytes), 0) from Attachment a where a.proposalId = :proposalId")
    long totalSize(@Param("proposalId") long proposalId);
}
