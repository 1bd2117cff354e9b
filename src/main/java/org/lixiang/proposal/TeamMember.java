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

/** A member of the project team; the first, the lead, is the applicant. */
@Entity
@Table(name = "proposal_team_member")
class TeamMember {

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

    @Column(nullable = false, length = 200)
    private String organization;

    @Column(length = 50)
    private String title;

    @Column(length = 100)
    private String role;

    @Column(nullable = false)
    private boolean lead;

    protected TeamMember() {
    }

    TeamMember(Proposal proposal, int position, ProposalContent.Member m) {
        this.proposal = proposal;
        this.position = position;
        this.name = m.name();
        this.organization = m.organization();
        this.title = m.title();
        this.role = m.role();
        this.lead = m.lead();
    }

    ProposalContent.Member toContent() {
        return new ProposalContent.Member(name, organization, title, role, lead);
    }
}
