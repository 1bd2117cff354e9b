/**
 * Proposal screens. {@code AttachmentsPanel} and {@code ProposalReadPanel} are reused by the
 * review screens, hence the named interface.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.lixiang.proposal.ui;
