package io.smtpatlas.data.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * An existing database (schema before V60) keeps serving what readers saw as approved: approved texts publish as
 * they are, a draft publishes its last approved revision, a text never approved publishes nothing. Existing
 * translators keep every translation language but lose English.
 */
class PublishMigrationTest {

    private static final String URL = "jdbc:h2:mem:publish-migration;DB_CLOSE_DELAY=-1";

    @Test
    void existingTextsPublishTheirLastApprovedRevision() throws SQLException {
        Flyway.configure()
                .dataSource(URL, "sa", "")
                .locations("classpath:db/migration")
                .target("2")
                .load()
                .migrate();
        try (Connection db = DriverManager.getConnection(URL, "sa", "");
                Statement sql = db.createStatement()) {
            sql.execute("INSERT INTO smtp_code VALUES ('550', 'basic', 5, 1)");
            sql.execute("INSERT INTO code_text VALUES (1, '550', 'fr', 'TITLE', 'Approuvé', 'APPROVED', 1, 1, 0,"
                    + " CURRENT_TIMESTAMP, 'shipped-content')");
            sql.execute("INSERT INTO code_text VALUES (2, '550', 'fr', 'SUMMARY', 'Brouillon', 'DRAFT', 3, 1, 2,"
                    + " CURRENT_TIMESTAMP, 'anna')");
            sql.execute("INSERT INTO text_revision VALUES (10, 2, 1, 'ORIGINAL', NULL, 'Expédié', 'APPROVED', 1,"
                    + " 'shipped-content', CURRENT_TIMESTAMP)");
            sql.execute("INSERT INTO text_revision VALUES (11, 2, 2, 'SAVE', 'Expédié', 'Relu', 'IN_REVIEW', 1,"
                    + " 'anna', CURRENT_TIMESTAMP)");
            sql.execute("INSERT INTO text_revision VALUES (12, 2, 2, 'APPROVE', 'Relu', 'Relu', 'APPROVED', 1,"
                    + " 'bruno', CURRENT_TIMESTAMP)");
            sql.execute("INSERT INTO text_revision VALUES (13, 2, 3, 'SAVE', 'Relu', 'Brouillon', 'DRAFT', 1,"
                    + " 'anna', CURRENT_TIMESTAMP)");
            sql.execute("INSERT INTO code_text VALUES (3, '550', 'fr', 'KEYWORDS', 'Nouveau', 'IN_REVIEW', 1, 1, 0,"
                    + " CURRENT_TIMESTAMP, 'anna')");
            sql.execute("INSERT INTO app_user VALUES (1, 'anna', 'x', 'translator', CURRENT_TIMESTAMP)");
            sql.execute("INSERT INTO app_user VALUES (2, 'admin', 'x', 'admin', CURRENT_TIMESTAMP)");
        }

        Flyway.configure()
                .dataSource(URL, "sa", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();

        try (Connection db = DriverManager.getConnection(URL, "sa", "");
                Statement sql = db.createStatement()) {
            ResultSet rows =
                    sql.executeQuery("SELECT id, published_body, published_revision FROM code_text ORDER BY id");
            rows.next();
            assertEquals("Approuvé", rows.getString(2));
            assertEquals(1, rows.getInt(3));
            rows.next();
            assertEquals("Relu", rows.getString(2), "the draft's last approved revision");
            assertEquals(2, rows.getInt(3));
            rows.next();
            assertNull(rows.getString(2), "never approved: readers see the English fallback");
            ResultSet users = sql.executeQuery("SELECT username, languages, disabled FROM app_user ORDER BY id");
            users.next();
            assertEquals("fr,vi,de,es,pt,ja,zh", users.getString(2));
            users.next();
            assertEquals("", users.getString(2));
        }
    }
}
