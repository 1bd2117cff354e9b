/**
 * Decision (立项决策): the department opinion per proposal, the call's ranking and funding plan
 * within the envelope, the leader's approval, publicity (公示) with objections (异议), and the
 * final results the applicants see.
 */
package org.lixiang.decision;
