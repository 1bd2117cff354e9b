package org.lixiang.decision;

import org.lixiang.base.ResearchField;
import org.lixiang.review.ReviewOutcomes;

/**
 * What the leader reads before giving the department opinion: the proposal and its expert review
 * outcome (aggregate score, spread, standard deviation, recommendations, recommended against
 * requested budget, and each expert's review with their name).
 */
public record OpinionCase(String taskId, long proposalId, String number, String title, ResearchField field,
                          String applicantName, String applicantOrganization, ReviewOutcomes.Outcome outcome) {
}
