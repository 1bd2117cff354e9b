package org.lixiang.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.HashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #MAX_PER_ACCOUNT} failures for one account name, or
 * {@value #MAX_PER_ADDRESS} from one address, within the window, further attempts are refused until
 * the window has passed. Counts apply to any name typed, existing or not, so the answer never
 * tells whether an account exists. Kept in memory: a restart forgets, which only helps the
 * legitimate user; a cluster would move this to a shared store.
 */
@Component
class LoginThrottle {

    static final int MAX_PER_ACCOUNT = 5;
    static final int MAX_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_TRACKED_KEYS = 100_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new HashMap<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    // Logins are rare compared to everything else: one lock keeps the counting simple and exact.
    synchronized boolean isBlocked(String username, String address) {
        Instant now = clock.instant();
        return recent(accountKey(username), now) >= MAX_PER_ACCOUNT
                || (address != null && recent(addressKey(address), now) >= MAX_PER_ADDRESS);
    }

    synchronized void recordFailure(String username, String address) {
        if (failures.size() > MAX_TRACKED_KEYS) {
            prune(clock.instant());
        }
        Instant now = clock.instant();
        add(accountKey(username), now);
        if (address != null) {
            add(addressKey(address), now);
        }
    }

    /** A successful login clears the account's failures (not the address's). */
    synchronized void recordSuccess(String username) {
        failures.remove(accountKey(username));
    }

    private void add(String key, Instant now) {
        Deque<Instant> deque = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        deque.addLast(now);
        while (deque.size() > MAX_PER_ADDRESS) {
            deque.removeFirst();
        }
    }

    private int recent(String key, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        return (int) times.stream().filter(t -> t.isAfter(now.minus(WINDOW))).count();
    }

    private void prune(Instant now) {
        failures.entrySet().removeIf(e -> e.getValue().stream().noneMatch(t -> t.isAfter(now.minus(WINDOW))));
    }

    private static String accountKey(String username) {
        return "u:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }
}
