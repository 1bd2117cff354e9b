package org.lixiang.expert;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lixiang.base.CurrentUser;
import org.lixiang.base.NotAllowedException;
import org.lixiang.base.ResearchField;
import org.lixiang.base.Role;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The expert pool as the expert draw reads it. Two queries per call: the experts with their
 * person and fields, then their declared conflicts.
 *
 * <p>Who may call: the draw runs both inside the approval process (a Flowable service task, on
 * the engine's thread, with nobody logged in) and from officers' screens. So a call with no
 * logged-in user is the system acting and is allowed; a call with a user requires OFFICER, LEADER
 * or ADMIN (the leader reads the review outcome, experts' names included, for the department
 * opinion). No expert or applicant reaches this data (experts' conflicts are confidential to the
 * bureau): when an expert's own action needs a draw (a replacement after they decline), the review
 * feature runs that draw as the system ({@code SystemContext}).
 */
@Service
public class ExpertPool {

    private final ExpertProfileRepository profiles;
    private final Clock clock;

    ExpertPool(ExpertProfileRepository profiles, Clock clock) {
        this.profiles = profiles;
        this.clock = clock;
    }

    /** Every expert with a profile in the field, available or not (the draw explains exclusions). One or two queries, no N+1. */
    @Transactional(readOnly = true)
    public List<ExpertCandidate> inField(ResearchField field) {
        requireSystemOrOfficer();
        if (field == null) {
            return List.of();
        }
        return candidates(profiles.inField(Role.EXPERT, field));
    }

    /** One expert's candidate record (for an officer adding an expert manually). */
    @Transactional(readOnly = true)
    public Optional<ExpertCandidate> candidate(long userId) {
        requireSystemOrOfficer();
        return candidates(profiles.ofUser(Role.EXPERT, userId)).stream().findFirst();
    }

    /** Experts' names by user id (one query however many reviews a proposal has). */
    @Transactional(readOnly = true)
    public Map<Long, String> names(java.util.Collection<Long> userIds) {
        requireSystemOrOfficer();
        if (userIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new HashMap<>();
        for (Object[] row : profiles.namesOf(userIds)) {
            names.put((Long) row[0], (String) row[1]);
        }
        return names;
    }

    private static void requireSystemOrOfficer() {
        if (CurrentUser.get().isPresent()) {
            CurrentUser.requireAny(Role.OFFICER, Role.LEADER, Role.ADMIN);
        } else if (SecurityContextHolder.getContext().getAuthentication() instanceof AnonymousAuthenticationToken) {
            // an anonymous web visitor is nobody logged in too, but not the engine
            throw new NotAllowedException("anonymous");
        }
        // else: no authentication at all, the process engine (system context) is calling
    }

    private List<ExpertCandidate> candidates(List<ExpertProfileRepository.FieldRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, ExpertProfileRepository.FieldRow> first = new LinkedHashMap<>();
        Map<Long, Set<ResearchField>> fields = new HashMap<>();
        for (ExpertProfileRepository.FieldRow r : rows) {
            first.putIfAbsent(r.profileId(), r);
            fields.computeIfAbsent(r.profileId(), k -> EnumSet.noneOf(ResearchField.class)).add(r.field());
        }
        Map<Long, List<String>> organizations = new HashMap<>();
        Map<Long, List<String>> people = new HashMap<>();
        for (ExpertProfileRepository.IdConflict c : profiles.conflictsOf(first.keySet())) {
            (c.kind() == ExpertConflict.Kind.ORGANIZATION ? organizations : people)
                    .computeIfAbsent(c.profileId(), k -> new ArrayList<>()).add(c.name());
        }
        LocalDate today = LocalDate.now(clock);
        return first.values().stream().map(r -> new ExpertCandidate(r.userId(), r.name(), r.organizationId(),
                r.organizationName(), fields.get(r.profileId()), r.title(),
                ExpertRules.available(r.enabled(), r.pausedUntil(), today), r.maxConcurrentReviews(),
                organizations.getOrDefault(r.profileId(), List.of()), people.getOrDefault(r.profileId(), List.of())))
                .toList();
    }
}
