package org.lixiang.bench;

import java.util.ArrayList;
import java.util.List;
import org.lixiang.identity.CreditCode;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills the database with many proposals fast, by set-based SQL (INSERT … SELECT over
 * generate_series, PostgreSQL), consistent with the schema: applicants (with roles) at their
 * organizations; proposals of ten calls with team members, budget lines and a submission event;
 * in the first four calls the review is over (five submitted assignments, an aggregate) and the
 * funding plan is final (plan items, results); in the other six, proposals stand in every state of
 * formal and expert review (in-review ones with five assignments, reviewed ones with an aggregate).
 * Not seeded: reviews' criterion scores, versions, formal decisions, opinions, and Flowable's tables:
 * a seeded proposal's process instance id points nowhere, so the lists' task look-ups (one query
 * per page) run against only the instances the workflow benchmarks created for real.
 */
final class BigListSeeder {

    static final int CALLS = 10;
    static final int FINISHED_CALLS = 4;
    private final JdbcTemplate jdbc;
    private final ApprovalDriver driver;

    BigListSeeder(JdbcTemplate jdbc, ApprovalDriver driver) {
        this.jdbc = jdbc;
        this.driver = driver;
    }

    /** The seeded calls: finished ones first. */
    record Seeded(List<Long> calls, long heavyApplicantId, int proposals) {
    }

    Seeded seed(int proposals, List<Long> experts) {
        int applicants = Math.max(2, proposals / 50);
        List<Long> calls = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            calls.add(driver.openCall(proposals / CALLS));
        }
        String hash = jdbc.queryForObject("select password_hash from app_user where username = 't_applicant'", String.class);
        List<Object[]> orgs = new ArrayList<>();
        int orgCount = Math.max(1, applicants / 4);
        for (int i = 0; i < orgCount; i++) {
            orgs.add(new Object[] {"大批量申报单位" + i, CreditCode.withCheckCharacter(String.format("91330200BL%07d", i))});
        }
        jdbc.batchUpdate("insert into organization (name, credit_code, kind) values (?, ?, 'COMPANY')", orgs);
        jdbc.update("""
                insert into app_user (username, password_hash, display_name, email, organization_id, enabled)
                select 'bl_app_' || g, ?, '批量申报人' || g, 'bl_app_' || g || '@example.org',
                       (select id from organization where credit_code like '91330200BL%' order by id offset (g % ?) limit 1), true
                from generate_series(0, ? - 1) g""", hash, orgCount, applicants);
        jdbc.update("insert into user_role (user_id, role) select id, 'APPLICANT' from app_user where username like 'bl\\_app\\_%'");
        Long[] callIds = calls.toArray(Long[]::new);
        // g % 20 chooses the state within an unfinished call; in finished calls 30 % are approved
        jdbc.update("""
                with a as (select id, organization_id, row_number() over (order by id) - 1 as rn
                           from app_user where username like 'bl\\_app\\_%'),
                     s as (select g, g / ? as h, (?::bigint[])[1 + g % ?] as call_id, (g % ?) < ? as finished from generate_series(1, ?) g)
                insert into proposal (call_id, applicant_id, organization_id, number, status, title, field, summary,
                    objectives, outcomes, start_date, end_date, declaration_accepted, revision, created_at, updated_at,
                    submitted_at)
                select s.call_id, a.id, a.organization_id, 'BL-' || lpad(s.g::text, 10, '0'),
                       case when s.finished then (case when s.h % 10 < 3 then 'APPROVED' when s.h % 10 < 9 then 'NOT_APPROVED' else 'REJECTED' end)
                            else (case s.h % 20 / 2 when 0 then 'SUBMITTED' when 1 then 'SUBMITTED' when 2 then 'IN_FORMAL_REVIEW'
                                  when 3 then 'RETURNED' when 4 then 'EXPERT_REVIEW' when 5 then 'EXPERT_REVIEW'
                                  when 6 then 'REVIEWED' when 7 then 'OPINION_GIVEN' when 8 then 'DRAFT' else 'REJECTED' end) end,
                       (array['地方道路隧道机电设施的现状与研究','基于多种无线传输技术的机电设备监控系统构建方案研究',
                              '预应力碳纤维在桥梁受弯构件加固中的应用研究','沥青热再生技术推广应用','根茎类蔬菜标准化生产及加工关键技术集成与示范',
                              '利用酶工程法制备低分子硫酸皮肤素','高精度汽车热交换零部件工艺研究'])[1 + s.g % 7] || '（批量' || s.g || '）',
                       (array['NEW_MATERIALS','EQUIPMENT','ELECTRONICS','BIOMEDICINE','AGRICULTURE','ENVIRONMENT','SOCIAL_DEVELOPMENT'])[1 + s.g % 7],
                       '研究现状，提出改造方案。', '一、研究目标。二、研究内容。', '研究报告1份。', date '2027-01-01', date '2028-12-31',
                       true, 0, now() - s.g * interval '1 second', now() - s.g * interval '1 second',
                       case when not s.finished and s.h % 20 / 2 = 8 then null else now() - s.g * interval '1 second' end
                from s join a on a.rn = s.g % ?""",
                CALLS, callIds, CALLS, CALLS, FINISHED_CALLS, proposals, applicants);
        // every submitted proposal has a process instance; these ids lead nowhere (see the class comment)
        jdbc.update("update proposal set process_instance_id = 'bench-' || id where number like 'BL-%' and status <> 'DRAFT'");
        jdbc.update("""
                insert into proposal_team_member (proposal_id, position, name, organization, title, role, lead)
                select p.id, k, case k when 0 then '张伟' else '李明' end, '大批量申报单位', '高级工程师',
                       case k when 0 then '项目负责人' else '技术骨干' end, k = 0
                from proposal p cross join generate_series(0, 1) k where p.number like 'BL-%'""");
        jdbc.update("""
                insert into proposal_budget_line (proposal_id, category, requested, self_raised)
                select p.id, c, case c when 'EQUIPMENT' then 200000 else 100000 end, 50000
                from proposal p cross join (values ('EQUIPMENT'), ('LABOUR')) b(c) where p.number like 'BL-%'""");
        jdbc.update("""
                insert into proposal_event (proposal_id, occurred_at, type, actor_id)
                select id, submitted_at, 'SUBMITTED', applicant_id from proposal where number like 'BL-%' and submitted_at is not null""");
        Long[] expertIds = experts.toArray(Long[]::new);
        jdbc.update("""
                insert into review_assignment (proposal_id, expert_id, status, round, due_at, created_at, responded_at)
                select p.id, (?::bigint[])[1 + (p.id + k) % ?],
                       case when p.status = 'EXPERT_REVIEW' then (case when k < 2 then 'SUBMITTED' else 'INVITED' end) else 'SUBMITTED' end,
                       1, now() + interval '14 days', p.submitted_at, p.submitted_at
                from proposal p cross join generate_series(0, 4) k
                where p.number like 'BL-%' and p.status in ('EXPERT_REVIEW', 'REVIEWED', 'OPINION_GIVEN', 'APPROVED', 'NOT_APPROVED')""",
                expertIds, expertIds.length);
        jdbc.update("""
                insert into review_aggregate (proposal_id, round, rule_applied, reviews, score, mean, standard_deviation, spread,
                    mean_recommended_budget, strongly_support, support, not_support, inputs, divergent, computed_at)
                select id, 1, 'TRIMMED_MEAN', 5, 70 + id % 25, 70 + id % 25, 3.2, 9, 250000, 1, 3, 1, '[]', false, submitted_at
                from proposal where number like 'BL-%' and status in ('REVIEWED', 'OPINION_GIVEN', 'APPROVED', 'NOT_APPROVED')""");
        for (int i = 0; i < FINISHED_CALLS; i++) {
            finish(calls.get(i));
        }
        // as a database in use would be: statistics, visibility map and hint bits set (the first read of
        // freshly inserted rows would otherwise pay for writing them, and the "without" column with it)
        jdbc.execute("vacuum analyze");
        long heavy = jdbc.queryForObject("select applicant_id from proposal where number like 'BL-%'"
                + " group by applicant_id order by count(*) desc, applicant_id limit 1", Long.class);
        return new Seeded(calls, heavy, proposals);
    }

    /** A final funding plan for a seeded call: every reviewed proposal ranked, approved ones funded, results out. */
    private void finish(long callId) {
        long officer = jdbc.queryForObject("select id from app_user where username = 't_officer'", Long.class);
        jdbc.update("""
                insert into funding_plan (call_id, status, revision, submitted_at, approved_at, publicity_starts_at,
                    publicity_ends_at, finalized_at, opened_by, opened_at, envelope, funded_total)
                select ?, 'FINAL', 1, now() - interval '20 days', now() - interval '19 days', now() - interval '19 days',
                       now() - interval '12 days', now() - interval '12 days', ?, now() - interval '21 days',
                       c.envelope + coalesce((select count(*) * 250000 from proposal where call_id = ? and status = 'APPROVED'), 0),
                       coalesce((select count(*) * 250000 from proposal where call_id = ? and status = 'APPROVED'), 0)
                from call_for_proposals c where c.id = ?""", callId, officer, callId, callId, callId);
        jdbc.update("""
                insert into funding_plan_item (plan_id, proposal_id, proposal_number, proposal_title, organization_name,
                    rank_position, score, requested, recommended, funded_amount)
                select f.id, p.id, p.number, p.title, o.name, row_number() over (order by g.score desc, p.id), g.score,
                       300000, 250000, case when p.status = 'APPROVED' then 250000 end
                from proposal p join funding_plan f on f.call_id = p.call_id
                     join review_aggregate g on g.proposal_id = p.id
                     left join organization o on o.id = p.organization_id
                where p.call_id = ? and p.status in ('APPROVED', 'NOT_APPROVED')""", callId);
        jdbc.update("""
                insert into proposal_result (proposal_id, approved, funded_amount, finalized_at)
                select id, status = 'APPROVED', case when status = 'APPROVED' then 250000 end, now() - interval '12 days'
                from proposal where call_id = ? and status in ('APPROVED', 'NOT_APPROVED')""", callId);
    }
}
