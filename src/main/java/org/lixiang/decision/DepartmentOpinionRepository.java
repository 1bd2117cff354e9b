package org.lixiang.decision;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DepartmentOpinionRepository extends JpaRepository<DepartmentOpinion, Long> {

    /** The opinion with the leader's name, joined by id as proposals join their applicant. */
    @Query("""
            select new org.lixiang.decision.Opinion(d.proposalId, d.agrees, d.comment, d.leaderId, u.displayName, d.givenAt)
            from DepartmentOpinion d, org.lixiang.identity.AppUser u
            where u.id = d.leaderId and d.proposalId = :proposalId""")
    Optional<Opinion> opinionOf(@Param("proposalId") long proposalId);
}
