package org.lixiang.proposal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.lixiang.base.Dates;
import org.lixiang.base.Messages;
import org.lixiang.base.Money;
import org.springframework.stereotype.Component;

/**
 * Every submitted version of a proposal is kept as a JSON snapshot of its content and
 * attachment list; comparing the last two shows the officer what a revision changed, in the
 * officer's language (the comparison is made when the screen opens, never stored).
 */
@Component
class ProposalSnapshots {

    /** What one version held. */
    record Snapshot(ProposalContent content, List<AttachmentInfo> attachments) {
    }

    private final ProposalVersionRepository versions;
    private final AttachmentRepository attachments;
    private final ObjectMapper json;
    private final Messages messages;

    ProposalSnapshots(ProposalVersionRepository versions, AttachmentRepository attachments, ObjectMapper json,
                      Messages messages) {
        this.versions = versions;
        this.attachments = attachments;
        this.json = json;
        this.messages = messages;
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

    /**
     * What changed, part by part, written in the reader's language: the field by its name, the
     * team and the experts to avoid one per line, the budget only in the categories that changed.
     */
    List<VersionChange> diff(Snapshot a, Snapshot b) {
        List<VersionChange> changes = new ArrayList<>();
        ProposalContent x = a.content();
        ProposalContent y = b.content();
        compare(changes, "proposal.title", x.title(), y.title());
        compare(changes, "proposal.field", field(x), field(y));
        compare(changes, "proposal.summary", x.summary(), y.summary());
        compare(changes, "proposal.objectives", x.objectives(), y.objectives());
        compare(changes, "proposal.outcomes", x.outcomes(), y.outcomes());
        compare(changes, "proposal.startDate", Dates.format(x.startDate()), Dates.format(y.startDate()));
        compare(changes, "proposal.endDate", Dates.format(x.endDate()), Dates.format(y.endDate()));
        compare(changes, "proposal.team", team(x), team(y));
        compare(changes, "proposal.avoidedExperts", avoided(x), avoided(y));
        List<BudgetCategory> changed = Arrays.stream(BudgetCategory.values())
                .filter(c -> !sameAmounts(x.budgetByCategory().get(c), y.budgetByCategory().get(c))).toList();
        compare(changes, "proposal.budget", budget(x, changed), budget(y, changed));
        compare(changes, "proposal.attachments", files(a), files(b));
        return changes;
    }

    private static void compare(List<VersionChange> changes, String key, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new VersionChange(key, before, after));
        }
    }

    private String field(ProposalContent c) {
        return c.field() == null ? "" : messages.tr(c.field().labelKey());
    }

    /** 张三（东海大学，教授，项目负责人） / Zhang San (Donghai University, Professor, Project lead). */
    private String team(ProposalContent c) {
        return c.team().stream().map(m -> withDetails(m.name(), m.organization(), m.title(),
                        m.lead() ? messages.tr("proposal.member.lead") : m.role()))
                .collect(Collectors.joining("\n"));
    }

    private String avoided(ProposalContent c) {
        return c.avoidedExperts().stream()
                .map(e -> messages.tr("label.withColon", withDetails(e.name(), e.organization())) + e.reason())
                .collect(Collectors.joining("\n"));
    }

    private String withDetails(String name, String... details) {
        String joined = Arrays.stream(details).filter(d -> d != null && !d.isBlank())
                .collect(Collectors.joining(messages.tr("label.detailSeparator")));
        return joined.isEmpty() ? name : messages.tr("label.withDetails", name, joined);
    }

    private String budget(ProposalContent c, List<BudgetCategory> categories) {
        return categories.stream().map(category -> {
            ProposalContent.Budget b = c.budgetByCategory().get(category);
            return messages.tr("proposal.revision.budgetLine", messages.tr(category.labelKey()),
                    Money.format(b == null ? null : b.requested(), "0.00"),
                    Money.format(b == null ? null : b.selfRaised(), "0.00"));
        }).collect(Collectors.joining("\n"));
    }

    private static boolean sameAmounts(ProposalContent.Budget a, ProposalContent.Budget b) {
        return same(a == null ? null : a.requested(), b == null ? null : b.requested())
                && same(a == null ? null : a.selfRaised(), b == null ? null : b.selfRaised());
    }

    /** 12 and 12.00 are the same amount; no amount is zero. */
    private static boolean same(BigDecimal a, BigDecimal b) {
        return (a == null ? BigDecimal.ZERO : a).compareTo(b == null ? BigDecimal.ZERO : b) == 0;
    }

    private static String files(Snapshot s) {
        return s.attachments().stream().map(f -> f.name() + " (" + f.sha256().substring(0, 12) + ")")
                .collect(Collectors.joining("\n"));
    }
}
