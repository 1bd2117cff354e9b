package org.lixiang.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The leader's department opinion (处室意见) on one proposal. Written once and never changed, so
 * no version column: the unique constraint on the proposal keeps it to one.
 */
@Entity
@Table(name = "department_opinion")
class DepartmentOpinion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "proposal_id", nullable = false)
    private long proposalId;

    @Column(nullable = false)
    private boolean agrees;

    @Column(nullable = false, length = 2000)
    private String comment;

    @Column(name = "leader_id", nullable = false)
    private long leaderId;

    @Column(name = "given_at", nullable = false)
    private Instant givenAt;

    protected DepartmentOpinion() {
    }

    DepartmentOpinion(long proposalId, boolean agrees, String comment, long leaderId, Instant givenAt) {
        this.proposalId = proposalId;
        this.agrees = agrees;
        this.comment = comment;
        this.leaderId = leaderId;
        this.givenAt = givenAt;
    }
}
