package org.lixiang.bench;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.lixiang.TestAccounts;
import org.lixiang.bench.load.LoadRun;

/**
 * The work simulated experts find in their inboxes: a pool of experts and one call whose
 * proposals are taken through the real services, as the real users (applicant, officer, the
 * drawn experts), to expert review with every review accepted — so each expert has about
 * {@code reviewsPerExpert} scoring forms waiting. Nothing is inserted behind the services' back.
 * The draw gives each review to the least-loaded experts, so the reviews spread evenly (±1 when
 * several workers draw at once); the experts' limit of open reviews is set a little above the
 * target so that no draw runs short.
 */
final class AcceptedReviews {

    /** The experts' accounts (password {@link TestAccounts#PASSWORD}) and how many accepted reviews each has. */
    record Seeded(List<LoadRun.Account> experts, int proposals, int minPerExpert, int maxPerExpert, long millis) {
    }

    private AcceptedReviews() {
    }

    static Seeded seed(Portal portal, int experts, int reviewsPerExpert, int workers) {
        long t0 = System.nanoTime();
        BenchPeople people = new BenchPeople(portal).ensure(2, experts, reviewsPerExpert + 5);
        ApprovalDriver driver = new ApprovalDriver(portal, people);
        int proposals = (experts * reviewsPerExpert + ApprovalDriver.EXPERTS_PER_PROPOSAL - 1) / ApprovalDriver.EXPERTS_PER_PROPOSAL;
        long call = driver.openCall(proposals);
        List<ApprovalDriver.Item> items = driver.items(proposals);
        Phases.run("seed: proposal to accepted reviews", workers, items, p -> null, p -> toAcceptedReviews(people, driver, call, p));
        portal.jdbc().execute("vacuum analyze");

        Map<String, Integer> perExpert = portal.jdbc().query("""
                select u.username, count(a.id) from app_user u
                left join review_assignment a on a.expert_id = u.id and a.status = 'ACCEPTED'
                where u.username like 'bench_expert_%' group by u.username""",
                rs -> {
                    Map<String, Integer> m = new java.util.TreeMap<>();
                    while (rs.next()) {
                        m.put(rs.getString(1), rs.getInt(2));
                    }
                    return m;
                });
        List<LoadRun.Account> accounts = perExpert.keySet().stream()
                .sorted(java.util.Comparator.comparingInt(n -> Integer.parseInt(n.substring("bench_expert_".length()))))
                .map(n -> new LoadRun.Account(n, TestAccounts.PASSWORD)).collect(Collectors.toList());
        return new Seeded(accounts, proposals, perExpert.values().stream().mapToInt(i -> i).min().orElse(0),
                perExpert.values().stream().mapToInt(i -> i).max().orElse(0), (System.nanoTime() - t0) / 1_000_000);
    }

    private static void toAcceptedReviews(BenchPeople people, ApprovalDriver driver, long call, ApprovalDriver.Item p) {
        var applicant = people.user(p.applicantId);
        var officer = people.named("t_officer");
        as(applicant, () -> driver.draft(call, p));
        driver.readVersion(p);
        as(applicant, () -> driver.save(p));
        driver.readVersion(p);
        as(applicant, () -> driver.submit(p));
        driver.readTask(p, "formalReview");
        as(officer, () -> driver.formalStart(p));
        as(officer, () -> driver.formalPass(p));
        driver.readTask(p, "confirmExperts");
        as(officer, () -> driver.confirm(p));
        for (ApprovalDriver.Review r : driver.reviews(List.of(p))) {
            as(people.user(r.expertId()), () -> driver.accept(r));
        }
    }

    private static void as(org.springframework.security.core.Authentication user, Runnable step) {
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(user);
        try {
            step.run();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }
}
