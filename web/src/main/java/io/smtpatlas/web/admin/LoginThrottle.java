package io.smtpatlas.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts failed logins per user name and per client address; after {@code atlas.login.max-failures} failures for a
 * user name, or {@code atlas.login.max-failures-per-address} from an address (higher: offices share addresses), the
 * subject is locked for {@code atlas.login.lockout}. Kept per instance: a guesser spread over instances still meets
 * the limit on each of them.
 */
@ApplicationScoped
public class LoginThrottle {

    private final int maxFailures;
    private final int maxFailuresPerAddress;
    private final Duration lockout;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    private record Failures(int count, Instant lockedUntil) {
    }

    public LoginThrottle(@ConfigProperty(name = "atlas.login.max-failures") int maxFailures,
            @ConfigProperty(name = "atlas.login.max-failures-per-address") int maxFailuresPerAddress,
            @ConfigProperty(name = "atlas.login.lockout") Duration lockout) {
        this.maxFailures = maxFailures;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.lockout = lockout;
    }

    /** Subjects are "user:name" or "ip:address". */
    private int limitFor(String subject) {
        return subject.startsWith("ip:") ? maxFailuresPerAddress : maxFailures;
    }

    public boolean isLocked(String subject) {
        Failures current = failures.get(subject);
        return current != null && current.lockedUntil() != null && clock.instant().isBefore(current.lockedUntil());
    }

    public void failed(String subject) {
        failures.compute(subject, (key, current) -> {
            int count = current == null || isOver(current) ? 1 : current.count() + 1;
            return new Failures(count, count >= limitFor(key) ? clock.instant().plus(lockout) : null);
        });
    }

    public void succeeded(String subject) {
        failures.remove(subject);
    }

    private boolean isOver(Failures current) {
        return current.lockedUntil() != null && !clock.instant().isBefore(current.lockedUntil());
    }
}
