package org.lixiang.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The draw of experts for one proposal (专家抽取), as a pure function of its inputs: the
 * candidates of the proposal's field, who is on the proposal, and a seed. Every conflict
 * excludes (回避); among the eligible, those with fewer open reviews come first, and within the
 * same load the order is random from the seed — so the same inputs and seed give the same draw,
 * which makes it reproducible and auditable.
 */
final class ExpertDraw {

    /** Spaces, including the full-width one; compiled once (a draw compares thousands of names). */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]");

    /** An expert of the pool as the draw sees them. */
    record Candidate(long userId, String name, String organization, boolean available, int maxConcurrentReviews,
                     int openReviews, List<String> conflictOrganizations, List<String> conflictPeople) {
    }

    /** Who is on the proposal: the applicant's organization, the team, the experts to avoid, experts already invited. */
    record Proposal(String applicantOrganization, List<Person> team, List<Person> avoided, Set<Long> alreadyAssigned) {
    }

    /** A person by name and organization. */
    record Person(String name, String organization) {
    }

    /** The outcome: who was drawn, who was excluded and why, and how many are missing. */
    record Result(long seed, int wanted, List<Candidate> drawn, Map<Long, ExclusionReason> excluded,
                  Map<ExclusionReason, Integer> exclusionCounts, int eligible) {
        int missing() {
            return wanted - drawn.size();
        }
    }

    private ExpertDraw() {
    }

    static Result draw(Collection<Candidate> candidates, Proposal proposal, int wanted, long seed) {
        Map<Long, ExclusionReason> excluded = new LinkedHashMap<>();
        List<Candidate> eligible = new ArrayList<>();
        for (Candidate c : candidates.stream().sorted(Comparator.comparingLong(Candidate::userId)).toList()) {
            Optional<ExclusionReason> reason = exclusion(c, proposal);
            if (reason.isPresent()) {
                excluded.put(c.userId(), reason.get());
            } else {
                eligible.add(c);
            }
        }
        // lower load first; a seeded shuffle inside each load level
        Random random = new Random(seed);
        TreeMap<Integer, List<Candidate>> byLoad = eligible.stream()
                .collect(Collectors.groupingBy(Candidate::openReviews, TreeMap::new, Collectors.toList()));
        List<Candidate> ordered = new ArrayList<>();
        byLoad.values().forEach(level -> {
            List<Candidate> shuffled = new ArrayList<>(level);
            java.util.Collections.shuffle(shuffled, random);
            ordered.addAll(shuffled);
        });
        List<Candidate> drawn = ordered.subList(0, Math.min(wanted, ordered.size()));
        Map<ExclusionReason, Integer> counts = new EnumMap<>(ExclusionReason.class);
        excluded.values().forEach(r -> counts.merge(r, 1, Integer::sum));
        return new Result(seed, wanted, List.copyOf(drawn), excluded, counts, eligible.size());
    }

    /** The first conflict that keeps this expert away from the proposal, if any. */
    static Optional<ExclusionReason> exclusion(Candidate c, Proposal p) {
        if (!c.available()) {
            return Optional.of(ExclusionReason.UNAVAILABLE);
        }
        if (p.alreadyAssigned().contains(c.userId())) {
            return Optional.of(ExclusionReason.ALREADY_ASSIGNED);
        }
        String org = norm(c.organization());
        if (!org.isEmpty() && org.equals(norm(p.applicantOrganization()))) {
            return Optional.of(ExclusionReason.SAME_ORGANIZATION);
        }
        if (!org.isEmpty() && p.team().stream().anyMatch(m -> org.equals(norm(m.organization())))) {
            return Optional.of(ExclusionReason.TEAM_ORGANIZATION);
        }
        String name = norm(c.name());
        if (p.team().stream().anyMatch(m -> name.equals(norm(m.name())))) {
            return Optional.of(ExclusionReason.TEAM_MEMBER);
        }
        if (p.avoided().stream().anyMatch(a -> name.equals(norm(a.name()))
                && (norm(a.organization()).isEmpty() || norm(a.organization()).equals(org)))) {
            return Optional.of(ExclusionReason.AVOIDED_BY_APPLICANT);
        }
        List<String> proposalOrgs = new ArrayList<>();
        proposalOrgs.add(norm(p.applicantOrganization()));
        p.team().forEach(m -> proposalOrgs.add(norm(m.organization())));
        boolean orgConflict = c.conflictOrganizations().stream().map(ExpertDraw::norm)
                .anyMatch(o -> !o.isEmpty() && proposalOrgs.contains(o));
        boolean personConflict = c.conflictPeople().stream().map(ExpertDraw::norm)
                .anyMatch(n -> !n.isEmpty() && p.team().stream().anyMatch(m -> n.equals(norm(m.name()))));
        if (orgConflict || personConflict) {
            return Optional.of(ExclusionReason.DECLARED_CONFLICT);
        }
        if (c.openReviews() >= c.maxConcurrentReviews()) {
            return Optional.of(ExclusionReason.AT_CAPACITY);
        }
        return Optional.empty();
    }

    /** Names compare without spaces and case: "张 伟" and "张伟" are the same person. */
    static String norm(String s) {
        return s == null ? "" : SPACES.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
