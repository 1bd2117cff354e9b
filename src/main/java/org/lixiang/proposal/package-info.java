/**
 * Proposals (申报书): the applicant's draft with team, experts to avoid, budget and attachments;
 * submission before the deadline; withdrawal; the formal review (形式审查) by officers with pass,
 * return for revision and reject; every submitted version and the applicant's timeline.
 */
package org.lixiang.proposal;
