package org.lixiang.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lixiang.IntegrationTest;
import org.lixiang.TestAccounts;
import org.lixiang.base.NotAllowedException;
import org.lixiang.decision.DepartmentOpinionService;
import org.lixiang.decision.ReviewedProposalFixtures;
import org.lixiang.review.ReviewFixtures;
import org.lixiang.workflow.ProcessHistory.Position;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** Where a proposal stands in its process, from the engine's history, for whoever may read it. */
@IntegrationTest
@Import({ProposalFixtures.class, ReviewFixtures.class, ReviewedProposalFixtures.class})
class ProposalProgressTest {

    @Autowired ReviewedProposalFixtures reviewed;
    @Autowired ProposalProgress progress;
    @Autowired DepartmentOpinionService opinions;
    @Autowired TestAccounts accounts;

    @AfterEach
    void logout() {
        accounts.logout();
    }

    @Test
    void afterTheExpertReviewTheDepartmentOpinionIsCurrentAndTheReviewsAreDone() {
        long id = reviewed.reviewed("沥青热再生技术推广应用");
        accounts.as("t_applicant");
        Position p = progress.position(id).orElseThrow();
        assertThat(p.current()).containsExactly("departmentOpinion");
        assertThat(p.done()).contains("submitted", "formalReview", "drawExperts", "confirmExperts", "expertReview",
                "review", "aggregate").doesNotContain("departmentOpinion", "awaitResult", "approved");
        assertThat(p.ended()).isFalse();
        assertThat(p.bpmnXml()).contains("<bpmndi:BPMNDiagram");

        opinions.give(reviewed.opinionTask(id), true, "同意专家组意见，建议立项。");
        accounts.as("t_leader");
        Position next = progress.position(id).orElseThrow();
        assertThat(next.current()).containsExactly("awaitResult");
        assertThat(next.done()).contains("departmentOpinion");
    }

    @Test
    void expertsAndOtherApplicantsAreRefused() {
        long id = reviewed.reviewed("预应力碳纤维在桥梁受弯构件加固中的应用研究");
        for (String user : new String[] {"t_expert", "t_applicant2"}) {
            accounts.as(user);
            assertThatThrownBy(() -> progress.position(id)).isInstanceOf(NotAllowedException.class);
        }
        accounts.as("t_officer");
        assertThat(progress.position(id)).isPresent();
    }
}
