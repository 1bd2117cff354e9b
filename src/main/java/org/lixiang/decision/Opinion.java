package org.lixiang.decision;

import java.time.Instant;

/** A proposal's department opinion (处室意见) as the bureau reads it: agreement, the leader's comment, who and when. */
public record Opinion(long proposalId, boolean agrees, String comment, long leaderId, String leaderName,
                      Instant givenAt) {
}
