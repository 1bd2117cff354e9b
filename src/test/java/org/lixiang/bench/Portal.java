package org.lixiang.bench;

import org.lixiang.TestAccounts;
import org.lixiang.TestClock;
import org.lixiang.call.CallService;
import org.lixiang.decision.DepartmentOpinionService;
import org.lixiang.decision.FundingPlanService;
import org.lixiang.decision.ObjectionService;
import org.lixiang.decision.PublicList;
import org.lixiang.expert.ExpertService;
import org.lixiang.identity.UserAdminService;
import org.lixiang.proposal.FormalReviewService;
import org.lixiang.proposal.ProposalDirectory;
import org.lixiang.proposal.ProposalService;
import org.lixiang.proposal.ProposalSubmission;
import org.lixiang.review.AssignmentService;
import org.lixiang.review.ReviewOutcomes;
import org.lixiang.review.ReviewService;
import org.lixiang.tracking.Dashboard;
import org.springframework.jdbc.core.JdbcTemplate;

/** The real services a benchmark drives, as the screens call them (imported by {@link BenchTest}). */
record Portal(CallService calls, ProposalService proposals, ProposalSubmission submission, FormalReviewService formal,
              AssignmentService assignments, ReviewService reviews, DepartmentOpinionService opinions,
              FundingPlanService plans, ObjectionService objections, PublicList publicList, ProposalDirectory directory,
              ReviewOutcomes outcomes, UserAdminService users, ExpertService experts, Dashboard dashboard,
              org.flowable.engine.ManagementService management,
              org.flowable.spring.SpringProcessEngineConfiguration engineConfiguration, TestAccounts accounts, TestClock clock,
              JdbcTemplate jdbc, javax.sql.DataSource dataSource,
              org.springframework.core.env.Environment environment, org.lixiang.workflow.TaskInbox inbox) {
}
