package org.lixiang.base;

import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs a step that the system performs on a user's behalf — the replacement draw after an
 * expert declines — without that user's identity, so services that serve only the bureau or the
 * process engine accept it and the audit trail shows the system as its actor.
 */
public final class SystemContext {

    private SystemContext() {
    }

    public static <T> T call(Supplier<T> step) {
        // an empty context of its own, not clearContext(): in a Vaadin request a cleared holder
        // falls back to the session's context, i.e. to the user again
        SecurityContext user = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        try {
            return step.get();
        } finally {
            SecurityContextHolder.setContext(user);
        }
    }
}
