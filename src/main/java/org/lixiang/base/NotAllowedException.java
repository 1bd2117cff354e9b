package org.lixiang.base;

import org.springframework.security.access.AccessDeniedException;

/**
 * Thrown by a service when the caller lacks the role or does not own the object. The UI shows
 * the access-denied page and records the attempt in the audit trail.
 */
public class NotAllowedException extends AccessDeniedException {

    public NotAllowedException(String what) {
        super("not allowed: " + what);
    }
}
