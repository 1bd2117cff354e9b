package org.lixiang.proposal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.lixiang.TestAccounts;
import org.lixiang.base.AppPrincipal;
import org.lixiang.base.ResearchField;
import org.lixiang.call.CallDraft;
import org.lixiang.call.CallService;
import org.lixiang.call.Programme;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Proposals for tests of features that hang off one, written straight into the table (there is
 * no proposal service to create them through yet). Leaves nobody logged in.
 */
public final class TestProposals {

    private final JdbcTemplate jdbc;
    private final CallService calls;
    private final TestAccounts accounts;
    private Long callId;

    public TestProposals(JdbcTemplate jdbc, CallService calls, TestAccounts accounts) {
        this.jdbc = jdbc;
        this.calls = calls;
        this.accounts = accounts;
    }

    /** A new draft proposal of the named applicant; returns its id. */
    public long draftOf(String applicant) {
        long call = call();
        AppPrincipal owner = accounts.as(applicant);
        accounts.logout();
        Timestamp now = Timestamp.from(Instant.now());
        return jdbc.queryForObject("""
                insert into proposal (call_id, applicant_id, organization_id, status, title, created_at, updated_at)
                values (?, ?, ?, 'DRAFT', ?, ?, ?) returning id""", Long.class,
                call, owner.userId(), owner.organizationId(), "测试申报书 " + UUID.randomUUID(), now, now);
    }

    public void setStatus(long proposalId, ProposalStatus status) {
        jdbc.update("update proposal set status = ? where id = ?", status.name(), proposalId);
    }

    private synchronized long call() {
        if (callId == null) {
            accounts.as("t_officer");
            try {
                Instant now = Instant.now();
                callId = calls.create(new CallDraft("附件测试指南 " + UUID.randomUUID(), 2026, Programme.KEY_RD,
                        Set.of(ResearchField.NEW_MATERIALS), "用于附件测试", now.minus(Duration.ofDays(1)),
                        now.plus(Duration.ofDays(30)), new BigDecimal("500000"), new BigDecimal("10000000")));
            } finally {
                accounts.logout();
            }
        }
        return callId;
    }
}
