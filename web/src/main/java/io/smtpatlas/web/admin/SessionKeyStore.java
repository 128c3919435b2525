package io.smtpatlas.web.admin;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import org.jboss.logging.Logger;

/**
 * Stores the session key generated at the very first start, once Flyway has created its table, so the next start
 * and the other instances use the same one.
 */
@ApplicationScoped
public class SessionKeyStore {

    private static final Logger LOG = Logger.getLogger(SessionKeyStore.class);

    private final AgroalDataSource dataSource;

    public SessionKeyStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void onStart(@Observes StartupEvent event) throws SQLException {
        String key = SessionKeySource.unstoredKey;
        if (key == null) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            SessionKeySource.insert(connection, key);
            if (!key.equals(SessionKeySource.read(connection))) {
                LOG.warn("Another instance stored its session key first: restart this one to share its sessions");
            }
        }
        SessionKeySource.unstoredKey = null;
    }
}
