package org.lixiang.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lixiang.IntegrationTest;
import org.lixiang.TestAccounts;
import org.lixiang.TestClock;
import org.lixiang.base.Role;
import org.lixiang.identity.UserPreferences;
import org.lixiang.proposal.FormalDecision;
import org.lixiang.proposal.FormalReviewService;
import org.lixiang.proposal.ProposalDetails;
import org.lixiang.proposal.ProposalFixtures;
import org.lixiang.proposal.ProposalService;
import org.lixiang.proposal.ProposalSubmission;
import org.lixiang.workflow.TaskInbox;
import org.lixiang.workflow.TaskSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mail through a real SMTP server (GreenMail, in this JVM): sent after the commit in the
 * recipient's language, retried after a failed send, never twice for one event, never after a
 * rollback, and never again after a send was interrupted. Its own context (SMTP configured, the
 * dispatcher running after each commit; the schedule is an hour, so only the tests trigger runs).
 */
@IntegrationTest
@Import(ProposalFixtures.class)
class NotificationMailTest {

    private static final int PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("lixiang.mail.host", () -> "127.0.0.1");
        registry.add("lixiang.mail.port", () -> PORT);
        registry.add("lixiang.mail.tls", () -> "none");
        registry.add("lixiang.mail.from", () -> "lixiang@bureau.example");
        registry.add("lixiang.mail.base-url", () -> "https://portal.example/");
        registry.add("lixiang.mail.auto-dispatch", () -> "true");
        registry.add("lixiang.mail.dispatch-interval", () -> "PT1H");
    }

    @Autowired ProposalFixtures fixtures;
    @Autowired org.lixiang.identity.UserAdminService admin;
    @Autowired ProposalService proposals;
    @Autowired ProposalSubmission submission;
    @Autowired FormalReviewService formal;
    @Autowired TaskInbox inbox;
    @Autowired UserPreferences preferences;
    @Autowired Notifier notifier;
    @Autowired MailDispatcher dispatcher;
    @Autowired TestAccounts accounts;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;

    @AfterEach
    void reset() {
        if (!smtp.isRunning()) {
            smtp.start();
        }
        accounts.logout();
        clock.reset();
    }

    @Test
    void aReturnedProposalIsMailedAfterTheCommitInTheApplicantsLanguage() throws Exception {
        NotificationUsers.User applicant = users().create("mail_en", Role.APPLICANT);
        accounts.as(applicant.username());
        preferences.savePreferredLocale(applicant.id(), Locale.ENGLISH);
        long call = fixtures.openCall(30);
        accounts.as(applicant.username());
        long id = proposals.createDraft(call);
        proposals.saveDraft(id, proposals.details(id).version(), ProposalFixtures.complete("地方道路隧道机电设施的现状与研究"));
        ProposalDetails d = proposals.details(id);
        String number = submission.submit(id, d.version(), d.content());

        accounts.as("t_officer");
        String task = inbox.page(0, 1000).stream()
                .filter(t -> number.equals(t.businessKey()) && "formalReview".equals(t.stepKey()))
                .map(TaskSummary::id).findFirst().orElseThrow();
        formal.start(task);
        formal.decide(task, FormalDecision.RETURN, "预算说明不完整。", clock.instant().plus(Duration.ofDays(7)));

        // nobody calls the dispatcher: the commit of the decision wakes it
        MimeMessage mail = awaitOneMailTo(applicant.email());
        assertThat(mail.getFrom()[0].toString()).isEqualTo("lixiang@bureau.example");
        assertThat(mail.getSubject()).isEqualTo("[Lixiang] Your proposal " + number
                + " was returned for revision; please revise and resubmit it by "
                + org.lixiang.base.Dates.format(clock.instant().plus(Duration.ofDays(7)), clock)
                + ". Open it to read the reasons.");
        String body = (String) mail.getContent();
        assertThat(body).contains("Dear 通知", number, "https://portal.example/tasks");
        assertThat(mail.getHeader("Message-ID")[0]).startsWith("<lixiang-").endsWith("@portal.example>");
        assertThat(outbox("proposal:" + id + ":returned:1", applicant.id()))
                .containsEntry("status", "SENT").containsEntry("attempts", 1);
    }

    @Test
    void aFailedSendIsRetriedLaterAndSentExactlyOnce() throws Exception {
        NotificationUsers.User expert = users().create("mail_zh", Role.EXPERT);
        String event = "test:retry:" + expert.id();
        smtp.stop();
        tx().executeWithoutResult(s -> notifier.notify(event, expert.id(), "notification.reviewInvited", "tasks",
                "2026-KJ-0042", "2026-12-01 17:00"));

        // the after-commit run failed: the business data stays, the mail waits for its next attempt
        await().atMost(Duration.ofSeconds(20)).until(() -> (int) outbox(event, expert.id()).get("attempts") == 1
                && "PENDING".equals(outbox(event, expert.id()).get("status")));
        assertThat((String) outbox(event, expert.id()).get("last_error")).isNotBlank();
        assertThat(jdbc.queryForObject("select count(*) from notification where user_id = ?", Integer.class,
                expert.id())).isEqualTo(1);

        smtp.start();
        dispatcher.dispatchDue();
        assertThat(outbox(event, expert.id())).as("not before its backoff").containsEntry("status", "PENDING");
        assertThat(mailsTo(expert.email())).isEmpty();

        clock.advance(Duration.ofMinutes(2));
        dispatcher.dispatchDue();
        MimeMessage mail = awaitOneMailTo(expert.email());
        // no language chosen: Chinese, the bureau's
        assertThat(mail.getSubject()).isEqualTo("【立项】您受邀评审项目 2026-KJ-0042，请于 2026-12-01 17:00 前接受或拒绝。");
        assertThat((String) mail.getContent()).contains("您好", "2026-KJ-0042", "https://portal.example/tasks");
        assertThat(outbox(event, expert.id())).containsEntry("status", "SENT").containsEntry("attempts", 2);

        // running again, and raising the same event again, sends nothing more
        dispatcher.dispatchDue();
        tx().executeWithoutResult(s -> notifier.notify(event, expert.id(), "notification.reviewInvited", "tasks",
                "2026-KJ-0042", "2026-12-01 17:00"));
        dispatcher.dispatchDue();
        Thread.sleep(500); // room for a stray after-commit run to (wrongly) deliver
        assertThat(mailsTo(expert.email())).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from notification_outbox where event_key = ?", Integer.class,
                event)).isEqualTo(1);
    }

    @Test
    void aMailThatKeepsFailingIsMarkedFailedAfterTheLastAttempt() {
        NotificationUsers.User expert = users().create("mail_fail", Role.EXPERT);
        String event = "test:giveup:" + expert.id();
        smtp.stop();
        tx().executeWithoutResult(s -> notifier.notify(event, expert.id(), "notification.reviewInvited", "tasks",
                "2026-KJ-0043", "2026-12-01 17:00"));
        await().atMost(Duration.ofSeconds(20)).until(() -> (int) outbox(event, expert.id()).get("attempts") == 1
                && "PENDING".equals(outbox(event, expert.id()).get("status")));
        for (int attempt = 2; attempt <= 5; attempt++) {
            clock.advance(Duration.ofHours(1));
            dispatcher.dispatchDue();
            assertThat(outbox(event, expert.id())).containsEntry("attempts", attempt);
        }
        assertThat(outbox(event, expert.id())).containsEntry("status", "FAILED");
        smtp.start();
        clock.advance(Duration.ofHours(2));
        dispatcher.dispatchDue();
        assertThat(mailsTo(expert.email())).isEmpty();
    }

    @Test
    void aRolledBackStepQueuesNothing() {
        NotificationUsers.User expert = users().create("mail_rb", Role.EXPERT);
        String event = "test:rollback:" + expert.id();
        assertThatThrownBy(() -> tx().executeWithoutResult(s -> {
            notifier.notify(event, expert.id(), "notification.reviewInvited", "tasks", "2026-KJ-0044", "x");
            throw new IllegalStateException("the business step fails after notifying");
        })).isInstanceOf(IllegalStateException.class);
        dispatcher.dispatchDue();
        assertThat(jdbc.queryForObject("select count(*) from notification where user_id = ?", Integer.class,
                expert.id())).isZero();
        assertThat(mailsTo(expert.email())).isEmpty();
    }

    @Test
    void aMailInterruptedMidSendIsNeverSentAgain() {
        NotificationUsers.User expert = users().create("mail_crash", Role.EXPERT);
        // what a server that died after claiming the row (maybe after the SMTP hand-over) leaves behind
        Long notification = jdbc.queryForObject("""
                insert into notification (user_id, created_at, message_key, args, link)
                values (?, current_timestamp, 'notification.reviewInvited', '2026-KJ-0045', 'tasks') returning id""",
                Long.class, expert.id());
        jdbc.update("""
                insert into notification_outbox (event_key, user_id, notification_id, status, attempts, next_attempt_at,
                                                 claimed_at, created_at)
                values (?, ?, ?, 'SENDING', 1, ?, ?, ?)""", "test:crash:" + expert.id(), expert.id(), notification,
                java.sql.Timestamp.from(clock.instant().minus(Duration.ofMinutes(30))),
                java.sql.Timestamp.from(clock.instant().minus(Duration.ofMinutes(30))),
                java.sql.Timestamp.from(clock.instant().minus(Duration.ofMinutes(30))));

        dispatcher.dispatchDue();
        assertThat(outbox("test:crash:" + expert.id(), expert.id())).containsEntry("status", "FAILED");
        clock.advance(Duration.ofDays(1));
        dispatcher.dispatchDue();
        assertThat(mailsTo(expert.email())).isEmpty();
    }

    private NotificationUsers users() {
        return new NotificationUsers(admin, accounts);
    }

    private TransactionTemplate tx() {
        return new TransactionTemplate(transactions);
    }

    private Map<String, Object> outbox(String event, long userId) {
        return jdbc.queryForMap("select status, attempts, last_error from notification_outbox where event_key = ? and user_id = ?",
                event, userId);
    }

    private MimeMessage awaitOneMailTo(String address) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !mailsTo(address).isEmpty());
        List<MimeMessage> mails = mailsTo(address);
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private static List<MimeMessage> mailsTo(String address) {
        return java.util.Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                var to = m.getRecipients(Message.RecipientType.TO);
                return to != null && to.length == 1 && to[0].toString().equals(address);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
