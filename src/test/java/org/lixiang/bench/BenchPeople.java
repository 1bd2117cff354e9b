package org.lixiang.bench;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.lixiang.TestAccounts;
import org.lixiang.base.ResearchField;
import org.lixiang.base.Role;
import org.lixiang.expert.ExpertProfileDraft;
import org.lixiang.expert.ExpertTitle;
import org.lixiang.identity.CreditCode;
import org.lixiang.identity.Organization;
import org.lixiang.identity.UserDraft;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The people of a benchmark, created through the real admin services: applicants of test
 * organization A and an expert pool of one field, each expert at an institute of their own.
 * Logged-in users are kept like sessions keep them, so a step does not pay for a login.
 */
final class BenchPeople {

    static final ResearchField FIELD = ResearchField.EQUIPMENT;
    private final Portal portal;
    private final Map<Object, Authentication> sessions = new ConcurrentHashMap<>();
    final List<Long> applicants = new ArrayList<>();
    final List<Long> experts = new ArrayList<>();

    BenchPeople(Portal portal) {
        this.portal = portal;
    }

    /** Creates applicants and experts until there are at least this many of each. */
    synchronized BenchPeople ensure(int applicantCount, int expertCount, int maxReviewsEach) {
        TestAccounts accounts = portal.accounts();
        accounts.as("t_admin");
        try {
            while (applicants.size() < applicantCount) {
                String name = "bench_app_" + applicants.size();
                Long existing = existing(name); // another benchmark of this run's database created it
                applicants.add(existing != null ? existing : portal.users().create(new UserDraft(name, TestAccounts.PASSWORD,
                        "申报人" + applicants.size(), name + "@example.org", null, TestAccounts.ORG_A, Set.of(Role.APPLICANT), true)));
            }
            while (experts.size() < expertCount) {
                int k = experts.size();
                Long existing = existing("bench_expert_" + k);
                if (existing != null) {
                    experts.add(existing);
                    continue;
                }
                String code = CreditCode.withCheckCharacter(String.format("12330000BE%07d", k));
                portal.users().createOrganization("评审基准研究所" + k, code, Organization.Kind.INSTITUTE, null, null);
                String name = "bench_expert_" + k;
                long id = portal.users().create(new UserDraft(name, TestAccounts.PASSWORD, "基准专家" + k,
                        name + "@example.org", null, code, Set.of(Role.EXPERT), true));
                portal.experts().create(id, new ExpertProfileDraft(EnumSet.of(FIELD), ExpertTitle.SENIOR, "机电 隧道",
                        false, null, maxReviewsEach, List.of(), List.of()));
                experts.add(id);
            }
        } finally {
            accounts.logout();
        }
        return this;
    }

    private Long existing(String username) {
        return portal.jdbc().query("select id from app_user where username = ?", (rs, i) -> rs.getLong(1), username)
                .stream().findFirst().orElse(null);
    }

    /**
     * Adds applicant accounts, set-based, until there are at least {@code count}: a provincial call
     * has thousands of applicants, each of whom gets their own messages (publicity, result), and
     * creating them one by one through the admin service would spend minutes hashing passwords.
     * They are complete accounts (ten to an organization, the applicant role, the first applicant's
     * password hash) and log in like any other.
     */
    synchronized void ensureApplicantsInBulk(int count) {
        int missing = count - applicants.size();
        if (missing <= 0) {
            return;
        }
        var jdbc = portal.jdbc();
        int from = jdbc.queryForObject("select count(*) from app_user where username like 'bench_bulk_%'", Integer.class);
        int to = from + missing; // exclusive
        List<Object[]> orgs = new ArrayList<>();
        for (int n = (from + 9) / 10; n <= (to - 1) / 10; n++) {
            orgs.add(new Object[] {"基准申报单位" + n, CreditCode.withCheckCharacter(String.format("91330100BK%07d", n))});
        }
        jdbc.batchUpdate("insert into organization (name, credit_code, kind) values (?, ?, 'COMPANY')", orgs);
        if (applicants.isEmpty()) {
            throw new IllegalStateException("ensure(...) the benchmark's own applicants first: their password is copied");
        }
        String hash = jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, applicants.get(0));
        jdbc.update("""
                insert into app_user (username, password_hash, display_name, email, organization_id, enabled)
                select 'bench_bulk_' || g, ?, '基准申报人' || g, 'bench_bulk_' || g || '@example.org', o.id, true
                from generate_series(?, ? - 1) g
                join (select id, substr(credit_code, 11, 7)::int as n from organization
                      where credit_code like '91330100BK%') o on o.n = g / 10""", hash, from, to);
        jdbc.update("""
                insert into user_role (user_id, role) select id, 'APPLICANT' from app_user
                where username like 'bench_bulk_%' and id not in (select user_id from user_role)""");
        applicants.addAll(jdbc.queryForList("""
                select id from app_user where username like 'bench_bulk_%'
                order by id offset ? limit ?""", Long.class, from, missing));
    }

    Authentication user(long userId) {
        return sessions.computeIfAbsent(userId, id -> login(() -> portal.accounts().asUserId(userId)));
    }

    Authentication named(String username) {
        return sessions.computeIfAbsent(username, n -> login(() -> portal.accounts().as(username)));
    }

    private static synchronized Authentication login(Runnable asUser) {
        asUser.run();
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.clearContext();
        return a;
    }
}
