package org.lixiang.base.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import org.lixiang.base.AppPrincipal;
import org.lixiang.base.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Writes the audit trail. Nothing here updates or deletes an entry. */
@Service
public class AuditLog {

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** A business action by the current user, recorded in the caller's transaction (commits or rolls back with it). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String objectType, Object objectId, String detail) {
        AppPrincipal who = CurrentUser.get().orElse(null);
        entries.save(new AuditEntry(clock.instant(), who == null ? null : who.userId(),
                who == null ? null : who.getUsername(), action, objectType,
                objectId == null ? null : objectId.toString(), detail, remoteAddress()));
    }

    /**
     * A security event (login, failed login, refused access): recorded on its own, since the
     * request it belongs to is refused and rolls back.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void securityEvent(String action, Long actorId, String actorName, String detail, String address) {
        entries.save(new AuditEntry(clock.instant(), actorId, actorName, action, null, null, detail,
                address != null ? address : remoteAddress()));
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> latest(String action, int limit) {
        return entries.findByActionOrderByIdDesc(action, PageRequest.of(0, limit));
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> forObject(String objectType, Object objectId) {
        return entries.findByObjectTypeAndObjectIdOrderByIdAsc(objectType, objectId.toString());
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
