package org.lixiang.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lixiang.IntegrationTest;
import org.lixiang.TestAccounts;
import org.lixiang.base.Inbox;
import org.lixiang.base.NotAllowedException;
import org.lixiang.base.Role;
import org.lixiang.identity.Recipients;
import org.lixiang.identity.UserPreferences;
import org.lixiang.proposal.ProposalFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In-app notifications and the outbox on PostgreSQL, without an SMTP server (the default: mails
 * go to the log): who reads what, one event per recipient, and who hears of a new call.
 */
@IntegrationTest
@Import(ProposalFixtures.class)
class NotifierTest {

    @Autowired Notifier notifier;
    @Autowired MailDispatcher dispatcher;
    @Autowired org.lixiang.identity.UserAdminService admin;
    @Autowired UserPreferences preferences;
    @Autowired Recipients recipients;
    @Autowired ProposalFixtures fixtures;
    @Autowired TestAccounts accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;

    NotificationUsers users() {
        return new NotificationUsers(admin, accounts);
    }

    @AfterEach
    void logout() {
        accounts.logout();
    }

    void notify(String event, long userId, String number) {
        new TransactionTemplate(transactions).executeWithoutResult(s ->
                notifier.notify(event, userId, "notification.proposalRejected", "proposals/1", number));
    }

    @Test
    void eachUserReadsAndMarksOnlyTheirOwn() {
        NotificationUsers.User anna = users().create("nt_anna", Role.APPLICANT);
        NotificationUsers.User ben = users().create("nt_ben", Role.APPLICANT);
        notify("test:a1:" + anna.id(), anna.id(), "A-1");
        notify("test:a2:" + anna.id(), anna.id(), "A-2");
        notify("test:b1:" + ben.id(), ben.id(), "B-1");
        long bens = jdbc.queryForObject("select id from notification where user_id = ?", Long.class, ben.id());

        assertThatThrownBy(() -> notifier.unread()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        accounts.as(anna.username());
        assertThat(notifier.unread()).isEqualTo(2);
        List<Inbox.Item> recent = notifier.recentUnread(10);
        assertThat(recent).extracting(i -> i.args()[0]).containsExactly("A-2", "A-1");
        assertThatThrownBy(() -> notifier.markRead(bens)).isInstanceOf(NotAllowedException.class);
        notifier.markRead(recent.get(0).id());
        assertThat(notifier.unread()).isEqualTo(1);
        assertThat(notifier.recentUnread(10)).extracting(i -> i.args()[0]).containsExactly("A-1");
        assertThat(notifier.mine(0, 10)).hasSize(2);

        accounts.as(ben.username());
        assertThat(notifier.unread()).isEqualTo(1);
        assertThat(notifier.mine(0, 10)).extracting(n -> n.args()[0]).containsExactly("B-1");
    }

    @Test
    void anEventReachesEachRecipientOnceAndOnlyInsideATransaction() {
        NotificationUsers.User anna = users().create("nt_once", Role.APPLICANT);
        String event = "test:once:" + anna.id();
        notify(event, anna.id(), "X-1");
        notify(event, anna.id(), "X-1");
        assertThat(jdbc.queryForObject("select count(*) from notification where user_id = ?", Integer.class, anna.id()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from notification_outbox where event_key = ?", Integer.class, event))
                .isEqualTo(1);
        assertThatThrownBy(() -> notifier.notify("test:outside:" + anna.id(), anna.id(), "notification.proposalRejected",
                null, "X-2")).isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void anEventForARoleReachesEachHolderOnceAndComputesItsParametersOnlyForThoseLeft() {
        NotificationUsers.User late = users().create("nt_late_officer", Role.OFFICER);
        String event = "test:role-once:" + late.id();
        List<Long> officers = jdbc.queryForList("""
                select r.user_id from user_role r join app_user u on u.id = r.user_id
                where r.role = 'OFFICER' and u.enabled""", Long.class);
        AtomicInteger computed = new AtomicInteger();
        Runnable step = () -> new TransactionTemplate(transactions).executeWithoutResult(s ->
                notifier.notifyRoleOnce(Role.OFFICER, event, "notification.reviewsOverdue", "tasks", () -> {
                    computed.incrementAndGet();
                    return new Object[] {"2026年度重点研发计划", "2026-12-05 17:00"};
                }));
        step.run();
        step.run();
        assertThat(jdbc.queryForList("select user_id from notification_outbox where event_key = ?", Long.class, event))
                .containsExactlyInAnyOrderElementsOf(officers).contains(late.id());
        assertThat(computed).as("the second run finds everyone reached").hasValue(1);
        assertThat(jdbc.queryForObject("""
                select n.args from notification n join notification_outbox o on o.notification_id = n.id
                where o.event_key = ? and o.user_id = ?""", String.class, event, late.id()))
                .isEqualTo("2026年度重点研发计划" + Notification.SEPARATOR + "2026-12-05 17:00");
    }

    @Test
    void aPublishedCallIsAnnouncedOnlyToApplicantsWhoOptedIn() {
        NotificationUsers.User keen = users().create("nt_keen", Role.APPLICANT);
        NotificationUsers.User quiet = users().create("nt_quiet", Role.APPLICANT);
        NotificationUsers.User expert = users().create("nt_expert", Role.EXPERT);
        accounts.as(keen.username());
        assertThat(preferences.newCallMails()).isFalse();
        preferences.saveNewCallMails(true);
        assertThat(preferences.newCallMails()).isTrue();
        accounts.as(expert.username());
        assertThatThrownBy(() -> preferences.saveNewCallMails(true)).isInstanceOf(NotAllowedException.class);
        accounts.logout();

        long call = fixtures.openCall(30);
        List<Long> told = jdbc.queryForList("select user_id from notification_outbox where event_key = ?", Long.class,
                "call:" + call + ":published");
        assertThat(told).contains(keen.id()).doesNotContain(quiet.id(), expert.id());
        assertThat(jdbc.queryForObject("""
                select n.link from notification n join notification_outbox o on o.notification_id = n.id
                where o.event_key = ? and o.user_id = ?""", String.class, "call:" + call + ":published", keen.id()))
                .isEqualTo("calls/view/" + call);

        // no SMTP host configured: the dispatcher writes the mail to the log and records that; it
        // runs as the system even when a logged-in user's thread calls it
        accounts.as("t_officer");
        dispatcher.dispatchDue();
        assertThat(jdbc.queryForObject("select status from notification_outbox where event_key = ? and user_id = ?",
                String.class, "call:" + call + ":published", keen.id())).isEqualTo("LOGGED");
    }

    @Test
    void contactDetailsAreForTheDispatcherAndTheUserThemselvesOnly() {
        NotificationUsers.User anna = users().create("nt_contact", Role.APPLICANT);
        assertThat(recipients.contact(anna.id())).hasValueSatisfying(c -> assertThat(c.email()).isEqualTo(anna.email()));
        accounts.as("t_officer");
        assertThatThrownBy(() -> recipients.contact(anna.id())).isInstanceOf(NotAllowedException.class);
        accounts.as(anna.username());
        assertThat(recipients.contact(anna.id())).isPresent();
    }
}
