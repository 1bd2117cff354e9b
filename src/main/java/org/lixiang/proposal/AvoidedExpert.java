package org.lixiang.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An expert the applicant asks to be kept away from their proposal (回避专家), with the reason. */
@Entity
@Table(name = "proposal_avoided_expert")
class AvoidedExpert {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposal_id")
    private Proposal proposal;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 50)
    private String name;

    @Column(length = 200)
    private String organization;

    @Column(nullable = false, length = 500)
    private String reason;

    protected AvoidedExpert() {
    }

    AvoidedExpert(Proposal proposal, int position, ProposalContent.Avoided a) {
        this.proposal = proposal;
        this.position = position;
        this.name = a.name();
        this.organization = a.organization();
        this.reason = a.reason();
    }

    ProposalContent.Avoided toContent() {
        return new ProposalContent.Avoided(name, organization, reason);
    }
}
