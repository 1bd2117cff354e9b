package org.lixiang.decision;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.lixiang.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Public lists of many proposals in a few milliseconds: a call, an organization, proposals and a
 * funding plan in publicity or final, written by SQL (the real path, {@link DecidedProposalFixtures},
 * takes seconds per proposal). Numbers are unique to each list and, on purpose, in another order
 * than ids and ranks, so only an ORDER BY on the number sorts them. {@link #remove} takes a list
 * away again, so the shared test database keeps no hundreds of rows for other tests' lists.
 * Import together with {@link TestAccounts}; never scanned.
 */
public class PublicListFixtures {

    @Autowired TestAccounts accounts;
    @Autowired JdbcTemplate jdbc;

    /** A seeded list: its call, plan, organization, and the numbers of the listed (funded, not withdrawn) proposals. */
    public record Seeded(long callId, String callName, long planId, long organizationId, String organization,
                         String tag, List<String> listedNumbers, List<Long> listedIds, List<String> otherNumbers) {
    }

    /**
     * A call whose plan is {@code status} (PUBLICITY or FINAL; or an earlier state, which the list
     * must not show) with publicity from {@code startsAt} for seven days: {@code funded} listed
     * proposals, {@code below} below the funding line and {@code withdrawn} taken off by an upheld
     * objection. The organization's name and every title carry the returned tag.
     */
    public Seeded seed(PlanStatus status, Instant startsAt, int funded, int below, int withdrawn) {
        accounts.ensureCreated();
        String tag = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36, 36L * 36 * 36 * 36 * 36 * 36), 36)
                .toUpperCase();
        long applicant = jdbc.queryForObject("select id from app_user where username = 't_applicant'", Long.class);
        long officer = jdbc.queryForObject("select id from app_user where username = 't_officer'", Long.class);
        String organization = "公示分页测试单位" + tag;
        long org = jdbc.queryForObject("insert into organization (name, credit_code, kind) values (?, ?, 'COMPANY') returning id",
                Long.class, organization, "PL" + tag + "00000000");
        String callName = "公示分页测试指南 " + tag;
        Timestamp opens = Timestamp.from(startsAt.minus(Duration.ofDays(90)));
        long callId = jdbc.queryForObject("""
                insert into call_for_proposals (name, call_year, programme, description, opens_at, closes_at, max_budget,
                    envelope, status) values (?, 2026, 'KEY_RD', '测试。', ?, ?, 500000, 1000000000, 'PUBLISHED') returning id""",
                Long.class, callName, opens, Timestamp.from(startsAt.minus(Duration.ofDays(60))));
        int n = funded + below + withdrawn;
        List<Long> ids = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // 37 is prime to n unless n is a multiple of 37: numbers are a permutation of 0..n-1, out of id order
            String number = tag + "-" + String.format("%04d", (int) ((i * 37L + 11) % n));
            numbers.add(number);
            ids.add(jdbc.queryForObject("""
                    insert into proposal (call_id, applicant_id, organization_id, number, status, title, field,
                        declaration_accepted, revision, created_at, updated_at, submitted_at)
                    values (?, ?, ?, ?, ?, ?, 'EQUIPMENT', true, 0, ?, ?, ?) returning id""", Long.class,
                    callId, applicant, org, number, status == PlanStatus.FINAL ? (i < funded ? "APPROVED" : "NOT_APPROVED")
                            : "OPINION_GIVEN", "公示分页测试项目" + tag + " 第" + i + "项", opens, opens, opens));
        }
        Timestamp starts = Timestamp.from(startsAt);
        Timestamp ends = Timestamp.from(startsAt.plus(Duration.ofDays(7)));
        boolean published = status == PlanStatus.PUBLICITY || status == PlanStatus.FINAL;
        BigDecimal amount = new BigDecimal("250000.00");
        long planId = jdbc.queryForObject("""
                insert into funding_plan (call_id, status, revision, submitted_at, approved_at, publicity_starts_at,
                    publicity_ends_at, finalized_at, opened_by, opened_at, envelope, funded_total)
                values (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, 1000000000, ?) returning id""", Long.class,
                callId, status.name(), starts, published ? starts : null, published ? starts : null,
                published ? ends : null, status == PlanStatus.FINAL ? ends : null, officer, opens,
                amount.multiply(BigDecimal.valueOf(funded)));
        List<String> listed = new ArrayList<>();
        List<Long> listedIds = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // the funded ones rank first, as the plan ranks them; a withdrawn one lost its amount (FundingPlanItem.withdraw)
            boolean isFunded = i < funded;
            boolean isWithdrawn = i >= funded + below;
            jdbc.update("""
                    insert into funding_plan_item (plan_id, proposal_id, proposal_number, proposal_title, organization_name,
                        rank_position, score, requested, recommended, funded_amount, withdrawn)
                    select ?, p.id, p.number, p.title, ?, ?, 80, 300000, 250000, ?, ? from proposal p where p.id = ?""",
                    planId, organization, i + 1, isFunded ? amount : null, isWithdrawn, ids.get(i));
            if (isFunded) {
                listed.add(numbers.get(i));
                listedIds.add(ids.get(i));
            } else {
                others.add(numbers.get(i));
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < listed.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(listed::get));
        return new Seeded(callId, callName, planId, org, organization, tag, order.stream().map(listed::get).toList(),
                order.stream().map(listedIds::get).toList(), others);
    }

    /** Takes a seeded list and everything it wrote away again. */
    public void remove(Seeded s) {
        jdbc.update("delete from objection where plan_id = ?", s.planId());
        jdbc.update("delete from funding_plan_item where plan_id = ?", s.planId());
        jdbc.update("delete from funding_plan where id = ?", s.planId());
        jdbc.update("delete from proposal where call_id = ?", s.callId());
        jdbc.update("delete from call_for_proposals where id = ?", s.callId());
        jdbc.update("delete from organization where id = ?", s.organizationId());
    }
}
