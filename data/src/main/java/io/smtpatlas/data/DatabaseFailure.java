package io.smtpatlas.data;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;

/**
 * What a failed database call means for the person waiting: another save of the same row won ({@link #CONFLICT}),
 * the database cannot be reached ({@link #UNAVAILABLE}), or something else. The cause chain is read, because the
 * same failure arrives bare, wrapped by Hibernate at flush, or wrapped by the transaction manager at commit.
 */
public enum DatabaseFailure {
    CONFLICT,
    UNAVAILABLE,
    OTHER;

    private static final Set<String> CONCURRENT_WRITE_STATES = Set.of("40001", "40P01", "23505", "HYT00", "55P03");

    public static DatabaseFailure of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OptimisticLockException
                    || cause instanceof StaleStateException
                    || cause instanceof LockAcquisitionException
                    || cause instanceof PessimisticLockException
                    || cause instanceof LockTimeoutException
                    || cause instanceof org.hibernate.PessimisticLockException) {
                return CONFLICT;
            }
            if (cause instanceof JDBCConnectionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException) {
                return UNAVAILABLE;
            }
            if (cause instanceof SQLException sql) {
                DatabaseFailure bySqlState = bySqlState(sql.getSQLState(), sql.getMessage());
                if (bySqlState != OTHER) {
                    return bySqlState;
                }
            }
        }
        return OTHER;
    }

    // SQLSTATE class 08: connection exception; 57P01-57P03: the server is shutting down or starting (PostgreSQL's
    // "terminating connection due to administrator command"); 53300: too many connections; 40001/40P01: serialization
    // failure or deadlock (a concurrent write);
    // 23505: a unique key taken by a concurrent insert of the same text; HYT00 (H2) and 55P03 (PostgreSQL): a row
    // lock held by a concurrent save for too long. Agroal's pool timeout has no state.
    private static DatabaseFailure bySqlState(String state, String message) {
        if (state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("53300"))) {
            return UNAVAILABLE;
        }
        if (state != null && CONCURRENT_WRITE_STATES.contains(state)) {
            return CONFLICT;
        }
        if (message != null && message.contains("Acquisition timeout")) {
            return UNAVAILABLE;
        }
        return OTHER;
    }
}
