package io.smtpatlas.web.admin;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smtpatlas.data.user.LoginAttempt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts login attempts per user name and per client address in the database, shared by every instance. An
 * attempt is counted before the password is checked, with the subject's row locked: of twenty guesses sent at
 * once, exactly {@code atlas.login.max-failures} reach the password check. Within a window of
 * {@code atlas.login.lockout}, a user name gets that many attempts and an address
 * {@code atlas.login.max-failures-per-address} (higher: offices share addresses); a success clears the user
 * name's count and gives the address its attempt back. User names are stored hashed, at a fixed length; expired windows are deleted, so the table stays
 * as small as the guessing is slow.
 */
@ApplicationScoped
public class LoginThrottle {

    private final int maxFailures;
    private final int maxFailuresPerAddress;
    private final Duration lockout;

    public LoginThrottle(
            @ConfigProperty(name = "atlas.login.max-failures") int maxFailures,
            @ConfigProperty(name = "atlas.login.max-failures-per-address") int maxFailuresPerAddress,
            @ConfigProperty(name = "atlas.login.lockout") Duration lockout) {
        this.maxFailures = maxFailures;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.lockout = lockout;
    }

    static String userSubject(String username) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(username).toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return "user:" + HexFormat.of().formatHex(hash, 0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String addressSubject(String address) {
        return "ip:" + (address.length() > 64 ? address.substring(0, 64) : address);
    }

    /**
     * Counts one attempt for each subject, unless one of them has used up its window: then nothing is counted and
     * the answer is false.
     */
    public boolean tryAttempt(String user, String address) {
        // Rows exist before they are locked: two first attempts at once would otherwise both insert.
        for (String subject : List.of(user, address)) {
            ensureRow(subject);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now();
            // Always locked in the same order, so two attempts never wait on each other crosswise.
            List<LoginAttempt> rows = List.of(lock(address), lock(user));
            for (LoginAttempt row : rows) {
                if (!now.isBefore(row.windowEndsAt)) {
                    row.attempts = 0;
                    row.windowEndsAt = now.plus(lockout);
                }
            }
            if (rows.stream().anyMatch(row -> row.attempts >= limitFor(row.subject))) {
                return false;
            }
            rows.forEach(row -> row.attempts++);
            return true;
        });
    }

    /** A right password: the user name starts afresh, and the address gets its attempt back. */
    public void succeeded(String user, String address) {
        QuarkusTransaction.requiringNew().run(() -> {
            LoginAttempt.deleteById(user);
            LoginAttempt.update("attempts = attempts - 1 where subject = ?1 and attempts > 0", address);
        });
    }

    @Scheduled(every = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetExpiredWindows() {
        try {
            QuarkusTransaction.requiringNew().run(() -> LoginAttempt.delete("windowEndsAt < ?1", Instant.now()));
        } catch (RuntimeException e) {
            // The database is away; the next run deletes them.
        }
    }

    private int limitFor(String subject) {
        return subject.startsWith("ip:") ? maxFailuresPerAddress : maxFailures;
    }

    private static LoginAttempt lock(String subject) {
        return LoginAttempt.findById(subject, LockModeType.PESSIMISTIC_WRITE);
    }

    private static void ensureRow(String subject) {
        if (QuarkusTransaction.requiringNew().call(() -> LoginAttempt.findById(subject)) != null) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                LoginAttempt row = new LoginAttempt();
                row.subject = subject;
                row.attempts = 0;
                row.windowEndsAt = Instant.now();
                row.persist();
            });
        } catch (RuntimeException insertedMeanwhile) {
            if (QuarkusTransaction.requiringNew().call(() -> LoginAttempt.findById(subject)) == null) {
                throw insertedMeanwhile;
            }
        }
    }
}
