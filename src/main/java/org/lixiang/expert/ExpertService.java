package org.lixiang.expert;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lixiang.base.AppPrincipal;
import org.lixiang.base.SearchText;
import org.lixiang.base.CurrentUser;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.NotAllowedException;
import org.lixiang.base.Paging;
import org.lixiang.base.Problems;
import org.lixiang.base.ResearchField;
import org.lixiang.base.Role;
import org.lixiang.base.audit.AuditChanges;
import org.lixiang.base.audit.AuditLog;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping the expert pool: officers and admins search, add and edit every expert's profile; an
 * expert reads and keeps their own up to date, and nobody else's.
 */
@Service
public class ExpertService {

    private final ExpertProfileRepository profiles;
    private final AuditLog audit;
    private final Clock clock;

    ExpertService(ExpertProfileRepository profiles, AuditLog audit, Clock clock) {
        this.profiles = profiles;
        this.audit = audit;
        this.clock = clock;
    }

    /** A page of the expert list, ordered by name. */
    @Transactional(readOnly = true)
    public List<ExpertSummary> search(ExpertFilter filter, int offset, int limit) {
        CurrentUser.requireAny(Role.OFFICER, Role.ADMIN);
        ExpertFilter f = filter == null ? ExpertFilter.none() : filter;
        LocalDate today = today();
        List<ExpertProfileRepository.Row> rows = profiles.search(Role.EXPERT, SearchText.containsPattern(f.name()), SearchText.containsPattern(f.organization()),
                SearchText.containsPattern(f.keyword()), f.field(), availabilityCode(f), today, Paging.of(offset, limit));
        Map<Long, Set<ResearchField>> fields = new HashMap<>();
        if (!rows.isEmpty()) {
            profiles.fieldsOf(rows.stream().map(ExpertProfileRepository.Row::profileId).toList()).forEach(r ->
                    fields.computeIfAbsent(r.profileId(), k -> EnumSet.noneOf(ResearchField.class)).add(r.field()));
        }
        return rows.stream().map(r -> {
            boolean paused = ExpertRules.pausedOn(r.pausedUntil(), today);
            return new ExpertSummary(r.userId(), r.username(), r.name(), r.organizationName(),
                    fields.getOrDefault(r.profileId(), Set.of()), r.title(), r.keywords(),
                    paused ? r.pausedUntil() : null, r.enabled(),
                    ExpertRules.available(r.enabled(), r.pausedUntil(), today), r.maxConcurrentReviews());
        }).toList();
    }

    @Transactional(readOnly = true)
    public long count(ExpertFilter filter) {
        CurrentUser.requireAny(Role.OFFICER, Role.ADMIN);
        ExpertFilter f = filter == null ? ExpertFilter.none() : filter;
        return profiles.countSearch(Role.EXPERT, SearchText.containsPattern(f.name()), SearchText.containsPattern(f.organization()), SearchText.containsPattern(f.keyword()),
                f.field(), availabilityCode(f), today());
    }

    /** Expert users without a profile yet, for the officer adding an expert (lazy, by name). */
    @Transactional(readOnly = true)
    public List<ExpertUserOption> usersWithoutProfile(String filter, int offset, int limit) {
        CurrentUser.requireAny(Role.OFFICER, Role.ADMIN);
        return profiles.withoutProfile(Role.EXPERT, SearchText.containsPattern(filter), Paging.of(offset, limit));
    }

    /** One expert with their profile (or the defaults, if they have none yet): the officer's, or their own. */
    @Transactional(readOnly = true)
    public ExpertProfileDetails details(long userId) {
        requireKeeperOf(userId);
        ExpertProfileRepository.Person person = profiles.person(userId, Role.EXPERT)
                .orElseThrow(() -> new NotAllowedException("not an expert"));
        LocalDate today = today();
        return profiles.findByUserId(userId)
                .map(p -> new ExpertProfileDetails(userId, person.username(), person.name(),
                        person.organizationName(), p.getVersion(), p.toDraft(today),
                        ExpertRules.available(person.enabled(), p.getPausedUntil(), today)))
                .orElseGet(() -> new ExpertProfileDetails(userId, person.username(), person.name(),
                        person.organizationName(), null, ExpertProfileDraft.empty(), false));
    }

    /** The logged-in expert's own profile ("My expert profile"). */
    @Transactional(readOnly = true)
    public ExpertProfileDetails mine() {
        return details(CurrentUser.requireAny(Role.EXPERT).userId());
    }

    /**
     * Creates the profile of a user holding the EXPERT role who has none yet: an officer or admin
     * for anyone, an expert for themself. {@code userId} is null when the officer has not picked
     * the user yet (a problem like any other). Returns the new profile's version.
     */
    @Transactional
    public long create(Long userId, ExpertProfileDraft draft) {
        if (userId == null) {
            CurrentUser.requireAny(Role.OFFICER, Role.ADMIN);
        } else {
            requireKeeperOf(userId);
        }
        Problems problems = new Problems();
        if (userId == null) {
            problems.add("user", "validation.required");
        } else if (profiles.person(userId, Role.EXPERT).isEmpty()) {
            problems.add("user", "expert.userNotExpert");
        } else if (profiles.existsByUserId(userId)) {
            problems.add("user", "expert.profileExists");
        }
        ExpertProfileDraft clean = ExpertRules.check(draft, today(), problems);
        problems.throwIfAny();
        ExpertProfile profile = new ExpertProfile(userId, clock.instant());
        profile.apply(clean, clock.instant());
        try {
            profiles.saveAndFlush(profile);
        } catch (DataIntegrityViolationException raced) {
            // another officer added the same expert a moment ago
            throw InvalidInputException.of("user", "expert.profileExists");
        }
        audit.record("EXPERT_PROFILE_CREATED", "expert", userId, profile.describe());
        return profile.getVersion();
    }

    /**
     * Changes a profile: an officer or admin any, an expert only their own. {@code expectedVersion}
     * detects an edit made meanwhile (another officer, or the expert in another tab). Returns the
     * new version.
     */
    @Transactional
    public long update(long userId, long expectedVersion, ExpertProfileDraft draft) {
        requireKeeperOf(userId);
        ExpertProfile profile = profiles.findByUserId(userId)
                .orElseThrow(() -> new NotAllowedException("no expert profile"));
        if (profile.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(ExpertProfile.class, profile.getId());
        }
        Problems problems = new Problems();
        ExpertProfileDraft clean = ExpertRules.check(draft, today(), problems);
        problems.throwIfAny();
        java.util.Map<String, Object> before = profile.auditedFields();
        profile.apply(clean, clock.instant());
        profiles.flush();
        AuditChanges changes = AuditChanges.between(before, profile.auditedFields());
        audit.record("EXPERT_PROFILE_UPDATED", "expert", userId, changes.fieldNames(), changes);
        return profile.getVersion();
    }

    /** Officers and admins keep every profile; an expert only their own. */
    private static void requireKeeperOf(long userId) {
        AppPrincipal caller = CurrentUser.require();
        if (caller.hasAny(Role.OFFICER, Role.ADMIN)
                || (caller.has(Role.EXPERT) && caller.userId() == userId)) {
            return;
        }
        throw new NotAllowedException(caller.has(Role.EXPERT) ? "another expert's profile" : "role");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static int availabilityCode(ExpertFilter f) {
        if (f.availability() == null) {
            return 0;
        }
        return f.availability() == ExpertFilter.Availability.AVAILABLE ? 1 : 2;
    }

}
