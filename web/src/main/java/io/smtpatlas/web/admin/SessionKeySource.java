package io.smtpatlas.web.admin;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

/**
 * The key of the session cookies: ATLAS_SESSION_KEY when set; otherwise one generated once and kept in the database
 * (table app_secret), so that restarts and every instance sharing the database accept the same sessions. Quarkus
 * reads the key while it starts, before the datasource exists, so this opens one plain JDBC connection of its own.
 * On the very first start the table does not exist yet (Flyway creates it a moment later): the key generated then
 * is stored by {@link SessionKeyStore} once the schema is there. The key is never logged.
 */
public class SessionKeySource implements ConfigSource {

    static final String PROPERTY = "quarkus.http.auth.session.encryption-key";
    static final String SECRET_NAME = "session-key";
    private static final Logger LOG = Logger.getLogger(SessionKeySource.class);

    /** A key generated before the table existed, waiting to be stored; null once stored or when read. */
    static volatile String unstoredKey;

    private final String fromEnvironment;
    private final String jdbcUrl;
    private final String dbKind;
    private final String user;
    private final String password;
    private String key;

    SessionKeySource(String fromEnvironment, String jdbcUrl, String dbKind, String user, String password) {
        this.fromEnvironment = fromEnvironment;
        this.jdbcUrl = jdbcUrl;
        this.dbKind = dbKind;
        this.user = user;
        this.password = password;
    }

    /** Registered in META-INF/services; reads the settings it needs, connects only when the key is asked for. */
    public static class Factory implements ConfigSourceFactory {
        @Override
        public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
            return List.of(new SessionKeySource(
                    value(context, "ATLAS_SESSION_KEY"),
                    value(context, "quarkus.datasource.jdbc.url"),
                    value(context, "quarkus.datasource.db-kind"),
                    value(context, "quarkus.datasource.username"),
                    value(context, "quarkus.datasource.password")));
        }

        private static String value(ConfigSourceContext context, String name) {
            ConfigValue value = context.getValue(name);
            return value == null || value.getValue() == null || value.getValue().isBlank() ? null : value.getValue();
        }
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of();
    }

    // Below application.properties (250), so a key set there (tests) or in the environment wins.
    @Override
    public int getOrdinal() {
        return 150;
    }

    @Override
    public String getName() {
        return "atlas-session-key";
    }

    @Override
    public synchronized String getValue(String propertyName) {
        if (!PROPERTY.equals(propertyName)) {
            return null;
        }
        if (key == null) {
            key = fromEnvironment != null ? fromEnvironment : fromDatabase();
        }
        return key;
    }

    private String fromDatabase() {
        if (jdbcUrl == null) {
            return generated("no database configured");
        }
        try (Connection connection = connect()) {
            String stored = read(connection);
            if (stored != null) {
                return stored;
            }
            String fresh = newKey();
            insert(connection, fresh);
            String winner = read(connection);
            return winner != null ? winner : fresh;
        } catch (SQLException e) {
            // Most often the first start: Flyway has not created app_secret yet.
            String fresh = generated(e.getMessage());
            unstoredKey = fresh;
            return fresh;
        }
    }

    private Connection connect() throws SQLException {
        String driverClass = "postgresql".equals(dbKind) ? "org.postgresql.Driver" : "org.h2.Driver";
        try {
            Driver driver = (Driver)
                    Class.forName(driverClass, true, Thread.currentThread().getContextClassLoader())
                            .getDeclaredConstructor()
                            .newInstance();
            Properties properties = new Properties();
            if (user != null) {
                properties.setProperty("user", user);
            }
            if (password != null) {
                properties.setProperty("password", password);
            }
            Connection connection = driver.connect(jdbcUrl, properties);
            if (connection == null) {
                throw new SQLException("No driver for " + dbKind);
            }
            return connection;
        } catch (ReflectiveOperationException e) {
            throw new SQLException("Cannot load " + driverClass, e);
        }
    }

    static String read(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT secret FROM app_secret WHERE name = ?")) {
            select.setString(1, SECRET_NAME);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    /** Stores the key unless another instance stored one first (then the caller reads theirs). */
    static void insert(Connection connection, String secret) throws SQLException {
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO app_secret (name, secret, created_at) VALUES (?, ?, ?)")) {
            insert.setString(1, SECRET_NAME);
            insert.setString(2, secret);
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        } catch (SQLException taken) {
            if (read(connection) == null) {
                throw taken;
            }
        }
    }

    private static String generated(String why) {
        LOG.infof("No ATLAS_SESSION_KEY: generated a session key (%s); it is stored in the database, not logged", why);
        return newKey();
    }

    private static String newKey() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
