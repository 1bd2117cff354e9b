package org.lixiang.decision;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FundingPlanRepository extends JpaRepository<FundingPlan, Long> {

    Optional<FundingPlan> findByCallId(long callId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from FundingPlan p where p.id = :id")
    Optional<FundingPlan> lockById(@Param("id") long id);

    /** Whether the proposal is listed with an amount in the plan: one look-up by the item's unique key, not the whole plan. */
    @Query("""
            select count(i) > 0 from FundingPlanItem i where i.plan.id = :planId and i.proposalId = :proposalId
            and i.withdrawn = false and i.fundedAmount is not null""")
    boolean isFunded(@Param("planId") long planId, @Param("proposalId") long proposalId);

    /** The applicants of the plan's proposals, each once: one query, however large the call. */
    @Query(nativeQuery = true, value = """
            select distinct p.applicant_id from funding_plan_item i join proposal p on p.id = i.proposal_id
            where i.plan_id = :planId order by p.applicant_id""")
    java.util.List<Long> applicantsOf(@Param("planId") long planId);
}
