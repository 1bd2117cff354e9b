package org.lixiang.proposal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Every submitted version of a proposal is kept as a JSON snapshot of its content and
 * attachment list; comparing the last two shows the officer what a revision changed.
 */
@Component
class ProposalSnapshots {

    /** What one version held. */
    record Snapshot(ProposalContent content, List<AttachmentInfo> attachments) {
    }

    private final ProposalVersionRepository versions;
    private final AttachmentRepository attachments;
    private final ObjectMapper json;

    ProposalSnapshots(ProposalVersionRepository versions, AttachmentRepository attachments, ObjectMapper json) {
        this.versions = versions;
        this.attachments = attachments;
        this.json = json;
    }

    void record(Proposal p, Instant now) {
        Snapshot snapshot = new Snapshot(p.content(),
                attachments.findByProposalIdOrderById(p.getId()).stream().map(Attachment::toInfo).toList());
        try {
            versions.save(new ProposalVersion(p.getId(), p.getRevision(), now, json.writeValueAsString(snapshot)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize proposal " + p.getId(), e);
        }
    }

    /** Changes between the two latest submitted versions; empty for a first submission. */
    List<VersionChange> latestChanges(long proposalId) {
        List<ProposalVersion> latest = versions.findByProposalIdOrderByRevisionDesc(proposalId);
        if (latest.size() < 2) {
            return List.of();
        }
        return diff(read(latest.get(1)), read(latest.get(0)));
    }

    int versionCount(long proposalId) {
        return versions.findByProposalIdOrderByRevisionDesc(proposalId).size();
    }

    private Snapshot read(ProposalVersion v) {
        try {
            return json.readValue(v.getSnapshot(), Snapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read proposal version " + v.getRevision(), e);
        }
    }

    static List<VersionChange> diff(Snapshot a, Snapshot b) {
        List<VersionChange> changes = new ArrayList<>();
        ProposalContent x = a.content();
        ProposalContent y = b.content();
        compare(changes, "proposal.title", x.title(), y.title());
        compare(changes, "proposal.field", String.valueOf(x.field()), String.valueOf(y.field()));
        compare(changes, "proposal.summary", x.summary(), y.summary());
        compare(changes, "proposal.objectives", x.objectives(), y.objectives());
        compare(changes, "proposal.outcomes", x.outcomes(), y.outcomes());
        compare(changes, "proposal.startDate", String.valueOf(x.startDate()), String.valueOf(y.startDate()));
        compare(changes, "proposal.endDate", String.valueOf(x.endDate()), String.valueOf(y.endDate()));
        compare(changes, "proposal.team", team(x), team(y));
        compare(changes, "proposal.avoidedExperts", avoided(x), avoided(y));
        compare(changes, "proposal.budget", budget(x), budget(y));
        compare(changes, "proposal.attachments", files(a), files(b));
        return changes;
    }

    private static void compare(List<VersionChange> changes, String key, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new VersionChange(key, before, after));
        }
    }

    static String team(ProposalContent c) {
        return c.team().stream().map(m -> m.name() + "（" + m.organization() + "，" + nz(m.title()) + "，" + nz(m.role()) + "）")
                .collect(Collectors.joining("\n"));
    }

    static String avoided(ProposalContent c) {
        return c.avoidedExperts().stream().map(e -> e.name() + "（" + nz(e.organization()) + "）：" + e.reason())
                .collect(Collectors.joining("\n"));
    }

    private static String budget(ProposalContent c) {
        return c.budgetByCategory().values().stream()
                .map(b -> b.category().name() + " " + plain(b.requested()) + " / " + plain(b.selfRaised()))
                .collect(Collectors.joining("\n"));
    }

    private static String files(Snapshot s) {
        return s.attachments().stream().map(f -> f.name() + " (" + f.sha256().substring(0, 12) + ")")
                .collect(Collectors.joining("\n"));
    }

    private static String plain(java.math.BigDecimal v) {
        return v == null ? "0" : v.stripTrailingZeros().toPlainString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
