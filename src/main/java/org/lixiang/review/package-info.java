/**
 * Expert review (专家评审): the conflict-aware, reproducible draw of experts from the pool, the
 * officer's confirmation, each expert's acceptance and scoring, reminders and escalation of
 * overdue reviews, and the aggregation of scores with its divergence check.
 */
package org.lixiang.review;
