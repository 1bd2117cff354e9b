package org.lixiang.expert;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.lixiang.base.AbstractEntity;
import org.lixiang.base.ResearchField;

/**
 * An expert's profile. The person (name, organization, enabled account) belongs to identity and
 * is referred to by id only, as proposals refer to their applicant.
 */
@Entity
@Table(name = "expert_profile")
class ExpertProfile extends AbstractEntity {

    @Column(name = "user_id", nullable = false, unique = true, updatable = false)
    private Long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ExpertTitle title;

    @Column(length = 500)
    private String keywords;

    @Column(name = "paused_until")
    private LocalDate pausedUntil;

    @Column(name = "max_concurrent_reviews", nullable = false)
    private int maxConcurrentReviews;

    @ElementCollection
    @CollectionTable(name = "expert_field", joinColumns = @JoinColumn(name = "profile_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "field", nullable = false, length = 30)
    private Set<ResearchField> fields = EnumSet.noneOf(ResearchField.class);

    @ElementCollection
    @CollectionTable(name = "expert_conflict", joinColumns = @JoinColumn(name = "profile_id"))
    @OrderColumn(name = "position")
    private List<ExpertConflict> conflicts = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ExpertProfile() {
    }

    ExpertProfile(long userId, Instant now) {
        this.userId = userId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    long getUserId() {
        return userId;
    }

    LocalDate getPausedUntil() {
        return pausedUntil;
    }

    /** Takes over a checked draft (see {@link ExpertRules}). */
    void apply(ExpertProfileDraft d, Instant now) {
        title = d.title();
        keywords = d.keywords().isEmpty() ? null : d.keywords();
        pausedUntil = d.paused() ? d.pausedUntil() : null;
        maxConcurrentReviews = d.maxConcurrentReviews();
        fields.clear();
        fields.addAll(d.fields());
        List<ExpertConflict> next = new ArrayList<>();
        d.conflictOrganizations().forEach(n -> next.add(new ExpertConflict(ExpertConflict.Kind.ORGANIZATION, n)));
        d.conflictPeople().forEach(n -> next.add(new ExpertConflict(ExpertConflict.Kind.PERSON, n)));
        conflicts.clear();
        conflicts.addAll(next);
        updatedAt = now;
    }

    /** The profile as the editor shows it; a pause that ended before {@code today} reads as no pause. */
    ExpertProfileDraft toDraft(LocalDate today) {
        boolean paused = ExpertRules.pausedOn(pausedUntil, today);
        return new ExpertProfileDraft(fields.isEmpty() ? Set.of() : EnumSet.copyOf(fields), title,
                keywords == null ? "" : keywords, paused, paused ? pausedUntil : null, maxConcurrentReviews,
                names(ExpertConflict.Kind.ORGANIZATION), names(ExpertConflict.Kind.PERSON));
    }

    private List<String> names(ExpertConflict.Kind kind) {
        return conflicts.stream().filter(c -> c.kind() == kind).map(ExpertConflict::name).toList();
    }

    /** For the audit trail. */
    /** The profile as the audit trail compares it before and after an edit. */
    java.util.Map<String, Object> auditedFields() {
        java.util.Map<String, Object> f = new java.util.LinkedHashMap<>();
        f.put("fields", new java.util.TreeSet<>(fields));
        f.put("title", title);
        f.put("keywords", keywords);
        f.put("pausedUntil", pausedUntil);
        f.put("maxConcurrentReviews", maxConcurrentReviews);
        f.put("conflicts", conflicts.stream().map(c -> c.kind().name() + ":" + c.name()).sorted().toList());
        return f;
    }

    String describe() {
        return "fields=" + fields + " title=" + title + " pausedUntil=" + pausedUntil + " max=" + maxConcurrentReviews
                + " conflicts=" + conflicts.stream().map(c -> c.kind().name().charAt(0) + ":" + c.name()).toList();
    }
}
