package org.lixiang.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lixiang.base.AppPrincipal;
import org.lixiang.base.CurrentUser;
import org.lixiang.base.NotAllowedException;
import org.lixiang.base.Role;
import org.lixiang.notification.Notifier;
import org.lixiang.proposal.ProposalDetails;
import org.lixiang.proposal.ProposalDirectory;
import org.lixiang.proposal.ProposalService;
import org.lixiang.proposal.DecidedProposal;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The final result (立项结果) of a proposal for its applicant: nothing before the call's decision
 * is final (after publicity and objections), then the result, the score and the experts'
 * comments to the applicant, anonymized.
 */
@Service
public class ResultService {

    private final ProposalService proposals;
    private final ProposalDirectory directory;
    private final ApplicantResultRepository results;
    private final Notifier notifier;

    ResultService(ProposalService proposals, ProposalDirectory directory, ApplicantResultRepository results,
                  Notifier notifier) {
        this.proposals = proposals;
        this.directory = directory;
        this.results = results;
        this.notifier = notifier;
    }

    /** The proposal's final result; empty until it is final. Its applicant and the bureau may read it. */
    @Transactional(readOnly = true)
    public Optional<ApplicantResult> resultOf(long proposalId) {
        AppPrincipal user = CurrentUser.require();
        // refuses everyone but the applicant and the bureau (officers, leaders, admins)
        ProposalDetails d = proposals.details(proposalId);
        if (d.applicantId() != user.userId() && !user.hasAny(Role.OFFICER, Role.LEADER, Role.ADMIN)) {
            throw new NotAllowedException("result of proposal " + proposalId);
        }
        return results.result(proposalId).map(r -> {
            List<ApplicantResult.ExpertComment> comments = new ArrayList<>();
            for (String comment : results.commentsToApplicant(proposalId)) {
                comments.add(new ApplicantResult.ExpertComment(comments.size() + 1, comment));
            }
            return new ApplicantResult(proposalId, d.number(), d.content().title(), r.approved(), r.fundedAmount(),
                    r.finalizedAt(), results.latestScore(proposalId).orElse(null), List.copyOf(comments));
        });
    }

    /**
     * Tells the applicant their result is final, with a link to it. Called by the step that
     * finalizes the call's decision after writing {@code proposal_result}, inside its transaction:
     * by the process engine (nobody logged in) or by an officer or leader.
     */
    @Transactional
    public void announce(DecidedProposal decided) {
        requireSystemOrBureau();
        if (results.result(decided.proposalId()).isEmpty()) {
            throw new IllegalStateException("proposal " + decided.proposalId() + " has no final result to announce");
        }
        notifier.notify("proposal:" + decided.proposalId() + ":result", decided.applicantId(), "notification.resultFinal",
                "proposals/" + decided.proposalId() + "/result", decided.number());
    }

    private static void requireSystemOrBureau() {
        if (CurrentUser.get().isPresent()) {
            CurrentUser.requireAny(Role.OFFICER, Role.LEADER);
        } else if (SecurityContextHolder.getContext().getAuthentication() instanceof AnonymousAuthenticationToken) {
            throw new NotAllowedException("anonymous");
        }
        // else: no authentication at all, the process engine is calling
    }
}
