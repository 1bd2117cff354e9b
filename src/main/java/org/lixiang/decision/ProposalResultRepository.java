package org.lixiang.decision;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProposalResultRepository extends JpaRepository<ProposalResultRow, Long> {

    /**
     * The result of every proposal of the plan, in one statement: approved with the funded amount
     * (listed and not withdrawn), otherwise not approved. Returns how many rows were written.
     */
    @Modifying(flushAutomatically = true)
    @Query(nativeQuery = true, value = """
            insert into proposal_result (proposal_id, approved, funded_amount, finalized_at)
            select proposal_id,
                   case when withdrawn = false and funded_amount is not null then true else false end,
                   case when withdrawn = false then funded_amount end,
                   :now
            from funding_plan_item where plan_id = :planId""")
    int recordAll(@Param("planId") long planId, @Param("now") Instant now);

    /** The plan's results whose proposals have not been told yet, the next {@code limit} of them. */
    @Query("""
            select r from ProposalResultRow r where r.announcedAt is null
            and r.proposalId in (select i.proposalId from FundingPlanItem i where i.plan.id = :planId)
            order by r.proposalId""")
    List<ProposalResultRow> waiting(@Param("planId") long planId, Limit limit);

    @Query("""
            select count(r) from ProposalResultRow r where r.announcedAt is null
            and r.proposalId in (select i.proposalId from FundingPlanItem i where i.plan.id = :planId)""")
    long countWaiting(@Param("planId") long planId);
}
