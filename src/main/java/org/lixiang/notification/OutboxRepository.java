package org.lixiang.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * The outbox's state changes are single conditional updates, so two dispatchers (two servers, or
 * the scheduler and an after-commit nudge) never both own a row: only one update finds it PENDING.
 */
interface OutboxRepository extends JpaRepository<OutboxEntry, Long> {

    List<OutboxEntry> findByEventKeyOrderByUserId(String eventKey);

    @Query("""
            select o.id from OutboxEntry o
            where o.status = org.lixiang.notification.OutboxStatus.PENDING and o.nextAttemptAt <= :now
            order by o.nextAttemptAt, o.id""")
    List<Long> due(@Param("now") Instant now, Pageable page);

    /** Takes a due row; 1 if this caller now owns it, 0 if another dispatcher was first. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update OutboxEntry o set o.status = org.lixiang.notification.OutboxStatus.SENDING,
                   o.claimedAt = :now, o.attempts = o.attempts + 1
            where o.id = :id and o.status = org.lixiang.notification.OutboxStatus.PENDING
              and o.nextAttemptAt <= :now""")
    int claim(@Param("id") long id, @Param("now") Instant now);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update OutboxEntry o set o.status = :status, o.sentAt = :now, o.lastError = :note
            where o.id = :id and o.status = org.lixiang.notification.OutboxStatus.SENDING""")
    int finish(@Param("id") long id, @Param("status") OutboxStatus status, @Param("now") Instant now,
               @Param("note") String note);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update OutboxEntry o set o.status = org.lixiang.notification.OutboxStatus.PENDING,
                   o.nextAttemptAt = :next, o.lastError = :error
            where o.id = :id and o.status = org.lixiang.notification.OutboxStatus.SENDING""")
    int retryLater(@Param("id") long id, @Param("next") Instant next, @Param("error") String error);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update OutboxEntry o set o.status = org.lixiang.notification.OutboxStatus.FAILED, o.lastError = :error
            where o.id = :id and o.status = org.lixiang.notification.OutboxStatus.SENDING""")
    int giveUp(@Param("id") long id, @Param("error") String error);

    /** Rows a dispatcher claimed and never finished: it died between claiming and recording the outcome. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update OutboxEntry o set o.status = org.lixiang.notification.OutboxStatus.FAILED, o.lastError = :error
            where o.status = org.lixiang.notification.OutboxStatus.SENDING and o.claimedAt < :before""")
    int abandonStale(@Param("before") Instant before, @Param("error") String error);
}
