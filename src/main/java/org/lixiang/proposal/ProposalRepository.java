package org.lixiang.proposal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProposalRepository extends JpaRepository<Proposal, Long> {

    /** Row lock: submit, withdraw and the start of the formal review on one proposal run one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Proposal p where p.id = :id")
    Optional<Proposal> lockById(@Param("id") long id);

    @Query("""
            select new org.lixiang.proposal.ProposalSummary(p.id, p.callId, c.name, p.number, p.title, p.field,
                   p.status, p.updatedAt, p.submittedAt, o.name)
            from Proposal p join org.lixiang.call.Call c on c.id = p.callId
                 left join org.lixiang.identity.Organization o on o.id = p.organizationId
            where p.applicantId = :applicantId
            order by p.updatedAt desc, p.id desc""")
    List<ProposalSummary> findMine(@Param("applicantId") long applicantId, Pageable page);

    long countByApplicantId(long applicantId);

    @Query("""
            select new org.lixiang.proposal.ProposalDetails$Applicant(u.displayName, o.name)
            from org.lixiang.identity.AppUser u left join u.organization o where u.id = :userId""")
    ProposalDetails.Applicant applicant(@Param("userId") long userId);

    /** The formal-review queue of a call: submitted proposals, filtered, oldest submission first. */
    @Query("""
            select new org.lixiang.proposal.ProposalSummary(p.id, p.callId, c.name, p.number, p.title, p.field,
                   p.status, p.updatedAt, p.submittedAt, o.name)
            from Proposal p join org.lixiang.call.Call c on c.id = p.callId
                 left join org.lixiang.identity.Organization o on o.id = p.organizationId
            where p.callId = :callId and p.status in :statuses
              and (:field is null or p.field = :field)
              and (:text = '' or lower(p.title) like :text escape '\\' or lower(p.number) like :text escape '\\' or lower(o.name) like :text escape '\\')
            order by p.submittedAt, p.id""")
    List<ProposalSummary> queue(@Param("callId") long callId, @Param("statuses") java.util.Collection<ProposalStatus> statuses,
                                @Param("field") org.lixiang.base.ResearchField field, @Param("text") String likeText,
                                Pageable page);

    @Query("""
            select count(p) from Proposal p left join org.lixiang.identity.Organization o on o.id = p.organizationId
            where p.callId = :callId and p.status in :statuses
              and (:field is null or p.field = :field)
              and (:text = '' or lower(p.title) like :text escape '\\' or lower(p.number) like :text escape '\\' or lower(o.name) like :text escape '\\')""")
    long countQueue(@Param("callId") long callId, @Param("statuses") java.util.Collection<ProposalStatus> statuses,
                    @Param("field") org.lixiang.base.ResearchField field, @Param("text") String likeText);

    /** Calls that have proposals waiting for formal review, with how many. */
    @Query("""
            select new org.lixiang.proposal.CallQueue(c.id, c.name, count(p))
            from Proposal p join org.lixiang.call.Call c on c.id = p.callId
            where p.status in :statuses group by c.id, c.name order by c.name""")
    List<CallQueue> callsWaiting(@Param("statuses") java.util.Collection<ProposalStatus> statuses);

    @Query("""
            select new org.lixiang.proposal.ProposalSummary(p.id, p.callId, c.name, p.number, p.title, p.field,
                   p.status, p.updatedAt, p.submittedAt, o.name)
            from Proposal p join org.lixiang.call.Call c on c.id = p.callId
                 left join org.lixiang.identity.Organization o on o.id = p.organizationId
            where p.id in :ids""")
    List<ProposalSummary> summaries(@Param("ids") java.util.Collection<Long> ids);

    @Query("select p.status, count(p) from Proposal p where p.callId = :callId group by p.status")
    List<Object[]> countByStatus(@Param("callId") long callId);

    /** Requested totals of several proposals, summed in the database. */
    @Query("""
            select p.id, coalesce(sum(b.requested), 0) from Proposal p left join p.budget b
            where p.id in :ids group by p.id""")
    List<Object[]> requestedTotals(@Param("ids") java.util.Collection<Long> ids);

    @Query("""
            select new org.lixiang.proposal.ScoringFacts(p.id, p.callId, coalesce(sum(b.requested), 0))
            from Proposal p left join p.budget b where p.id = :id group by p.id, p.callId""")
    java.util.Optional<ScoringFacts> scoringFacts(@Param("id") long id);

    @Query("select p.processInstanceId from Proposal p where p.id in :ids and p.processInstanceId is not null")
    List<String> processInstanceIds(@Param("ids") java.util.Collection<Long> ids);

    boolean existsByCallId(long callId);
}
