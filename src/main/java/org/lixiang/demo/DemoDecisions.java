package org.lixiang.demo;

import java.util.List;
import org.lixiang.base.ResearchField;
import org.lixiang.decision.FundingPlanService;
import org.lixiang.decision.ObjectionService;
import org.lixiang.proposal.FormalDecision;
import org.lixiang.review.Recommendation;
import org.lixiang.workflow.TaskInbox;
import org.lixiang.workflow.TaskSummary;
import org.springframework.stereotype.Component;

/**
 * Demo calls at the decision stage: one whose funding plan waits for the leader's approval, one in
 * publicity with an objection waiting for the officer — all through the real services.
 */
@Component
class DemoDecisions {

    private final DemoProposals proposals;
    private final DemoReviews reviews;
    private final DemoUsers demoUsers;
    private final FundingPlanService plans;
    private final ObjectionService objections;
    private final TaskInbox inbox;

    DemoDecisions(DemoProposals proposals, DemoReviews reviews, DemoUsers demoUsers, FundingPlanService plans,
                  ObjectionService objections, TaskInbox inbox) {
        this.proposals = proposals;
        this.reviews = reviews;
        this.demoUsers = demoUsers;
        this.plans = plans;
        this.objections = objections;
        this.inbox = inbox;
    }

    /** A call whose funding plan the officer has submitted: it waits in the leader's tasks. */
    void planUnderApproval(long callId) {
        decided(callId, "applicant", "智能网联汽车车路协同通信关键技术研究", "张伟", "市交通工程研究院", new int[] {26, 25, 35});
        decided(callId, "applicant2", "工业物联网边缘计算网关研制", "刘洋", "华东精密热交换科技有限公司", new int[] {24, 24, 32});
        demoUsers.as("officer", () -> {
            long planId = plans.openRound(callId, false);
            String task = task("CALL-" + callId, "prepareFundingPlan");
            plans.submit(task, plans.plan(planId).version());
            return null;
        });
    }

    /** A call whose approved plan is in publicity, with an objection the officer has still to answer. */
    void inPublicityWithObjection(long callId) {
        long first = decided(callId, "applicant3", "畜禽养殖废弃物资源化利用技术集成与示范", "赵丽", "东海农业大学",
                new int[] {27, 26, 36});
        decided(callId, "applicant2", "工业余热回收高效换热器研制", "刘洋", "华东精密热交换科技有限公司", new int[] {25, 24, 33});
        long planId = demoUsers.as("officer", () -> {
            long id = plans.openRound(callId, false);
            plans.submit(task("CALL-" + callId, "prepareFundingPlan"), plans.plan(id).version());
            return id;
        });
        demoUsers.as("leader", () -> {
            plans.approve(task("CALL-" + callId, "approveFundingPlan"), true, "同意安排方案，按程序公示。");
            return null;
        });
        demoUsers.as("applicant4", () -> objections.file(planId, first,
                "该项目的示范基地与申报单位往年已立项项目重叠，建议核实是否重复申报。"));
    }

    private long decided(long callId, String applicant, String title, String lead, String organization, int[] points) {
        long id = proposals.submitted(applicant, callId, proposals.content(title, ResearchField.ENVIRONMENT, lead,
                organization, 300000, 300000));
        proposals.decide(id, FormalDecision.PASS, null);
        String number = proposals.number(id);
        List<Long> experts = reviews.confirm(number);
        for (Long expert : experts) {
            reviews.review(expert, number, points, true, Recommendation.SUPPORT,
                    "技术路线清晰，示范方案可行，建议细化经费测算依据。");
        }
        proposals.opinion(id, "同意专家组评审意见，建议纳入安排方案。");
        return id;
    }

    private String task(String businessKey, String step) {
        return inbox.page(0, 500).stream().filter(t -> businessKey.equals(t.businessKey()) && step.equals(t.stepKey()))
                .map(TaskSummary::id).findFirst().orElseThrow();
    }

}
