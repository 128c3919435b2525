package io.smtpatlas.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Without ATLAS_SESSION_KEY, every instance (and every restart) reads the key the first one stored. */
class SessionKeySourceTest {

    private static final String URL = "jdbc:h2:mem:session-key-test;DB_CLOSE_DELAY=-1";

    private static SessionKeySource instance(String fromEnvironment) {
        return new SessionKeySource(fromEnvironment, URL, "h2", "sa", "");
    }

    private static void sql(String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, "sa", "");
                Statement st = connection.createStatement()) {
            st.execute(statement);
        }
    }

    @AfterEach
    void dropTable() throws SQLException {
        sql("DROP TABLE IF EXISTS app_secret");
        SessionKeySource.unstoredKey = null;
    }

    @Test
    void theFirstInstanceStoresAKeyAndTheOthersReadIt() throws SQLException {
        sql("CREATE TABLE app_secret (name VARCHAR(64) PRIMARY KEY, secret VARCHAR(200) NOT NULL,"
                + " created_at TIMESTAMP NOT NULL)");
        String first = instance(null).getValue(SessionKeySource.PROPERTY);
        String second = instance(null).getValue(SessionKeySource.PROPERTY);
        assertTrue(first.length() >= 32, "a long random key");
        assertEquals(first, second);
        try (Connection connection = DriverManager.getConnection(URL, "sa", "")) {
            assertEquals(first, SessionKeySource.read(connection));
        }
        assertNull(instance(null).getValue("some.other.property"));
    }

    @Test
    void aKeyFromTheEnvironmentWinsAndNothingIsStored() throws SQLException {
        sql("CREATE TABLE app_secret (name VARCHAR(64) PRIMARY KEY, secret VARCHAR(200) NOT NULL,"
                + " created_at TIMESTAMP NOT NULL)");
        assertEquals(
                "key-from-the-environment-0123456789",
                instance("key-from-the-environment-0123456789").getValue(SessionKeySource.PROPERTY));
        try (Connection connection = DriverManager.getConnection(URL, "sa", "")) {
            assertNull(SessionKeySource.read(connection));
        }
    }

    @Test
    void beforeTheSchemaExistsTheGeneratedKeyWaitsToBeStored() {
        String key = instance(null).getValue(SessionKeySource.PROPERTY);
        assertEquals(key, SessionKeySource.unstoredKey);
    }
}
