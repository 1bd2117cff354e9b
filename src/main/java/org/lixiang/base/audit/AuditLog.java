package org.lixiang.base.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import org.lixiang.base.AppPrincipal;
import org.lixiang.base.CurrentUser;
import org.lixiang.base.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes and reads the audit trail. Nothing here updates or deletes an entry. The bureau
 * (officers, leaders, admins) reads it; applicants and experts never, since it names everyone
 * who acted on a proposal, experts included.
 */
@Service
public class AuditLog {

    private static final Role[] READERS = {Role.OFFICER, Role.LEADER, Role.ADMIN};

    private final AuditEntryRepository entries;
    private final AuditSearch search;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, AuditSearch search, Clock clock) {
        this.entries = entries;
        this.search = search;
        this.clock = clock;
    }

    /** A business action by the current user, recorded in the caller's transaction (commits or rolls back with it). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String objectType, Object objectId, String detail) {
        record(action, objectType, objectId, detail, null);
    }

    /** An edit with what it changed, field by field; recorded in the caller's transaction like any action. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String objectType, Object objectId, String detail, AuditChanges changes) {
        AppPrincipal who = CurrentUser.get().orElse(null);
        entries.save(new AuditEntry(clock.instant(), who == null ? null : who.userId(),
                who == null ? null : who.getUsername(), action, objectType,
                objectId == null ? null : objectId.toString(), detail, remoteAddress(),
                changes == null ? null : changes.toJson()));
    }

    /**
     * A security event (login, failed login, refused access): recorded on its own, since the
     * request it belongs to is refused and rolls back.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void securityEvent(String action, Long actorId, String actorName, String detail, String address) {
        entries.save(new AuditEntry(clock.instant(), actorId, actorName, action, null, null, detail,
                address != null ? address : remoteAddress(), null));
    }

    /** The latest entries of one action, newest first. The bureau only. */
    @Transactional(readOnly = true)
    public List<AuditEntry> latest(String action, int limit) {
        CurrentUser.requireAny(READERS);
        return entries.findByActionOrderByIdDesc(action, PageRequest.of(0, limit));
    }

    /** The whole trail of one object, oldest first. The bureau only. */
    @Transactional(readOnly = true)
    public List<AuditEntry> forObject(String objectType, Object objectId) {
        CurrentUser.requireAny(READERS);
        return entries.findByObjectTypeAndObjectIdOrderByIdAsc(objectType, objectId.toString());
    }

    /** A page of the entries matching the query, newest first. The bureau only. */
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditQuery query, int offset, int limit) {
        CurrentUser.requireAny(READERS);
        return search.page(query, offset, limit);
    }

    @Transactional(readOnly = true)
    public long count(AuditQuery query) {
        CurrentUser.requireAny(READERS);
        return search.count(query);
    }

    /** The actions recorded so far, for the search's choice list. The bureau only. */
    @Transactional(readOnly = true)
    public List<String> actions() {
        CurrentUser.requireAny(READERS);
        return search.actions();
    }

    private static String remoteAddress() {
        RequestAttributes attrs = RequestContextHolder.getRequestAttributes();
        if (attrs instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
