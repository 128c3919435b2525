package io.smtpatlas.web.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.content.CodeContentService;
import io.smtpatlas.data.translation.CodeText;
import io.smtpatlas.data.translation.CodeTextRepository;
import io.smtpatlas.data.translation.TextField;
import io.smtpatlas.data.translation.TextStatus;
import io.smtpatlas.data.translation.TranslationService;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.exception.JDBCConnectionException;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The database stops answering (the same exception Hibernate throws when PostgreSQL is down): public pages keep
 * answering from memory, and an editor's save answers 503 with their text in a form that sends it again.
 * bench/outage.sh stops a real PostgreSQL under load.
 */
@QuarkusTest
class DatabaseOutageTest {

    @Inject
    Catalog catalog;

    @Inject
    CodeContentService content;

    private static JDBCConnectionException down() {
        return new JDBCConnectionException(
                "Unable to acquire JDBC Connection", new SQLException("Connection to 127.0.0.1:5432 refused", "08001"));
    }

    /** Reads and writes of texts fail as they do while PostgreSQL is stopped. */
    static class UnreachableTexts extends CodeTextRepository {
        @Override
        public List<CodeText> list(String query, Object... params) {
            throw down();
        }
    }

    static class UnreachableTranslations extends TranslationService {
        UnreachableTranslations() {
            super(null, null, null);
        }

        @Override
        public Optional<CodeText> find(String code, SiteLocale locale, TextField field) {
            throw down();
        }

        @Override
        public Map<TextField, CodeText> all(String code, SiteLocale locale) {
            throw down();
        }

        @Override
        public List<TextField> saveAll(
                String code, SiteLocale locale, List<Edit> edits, TextStatus status, String user) {
            throw down();
        }
    }

    @Test
    void publicPagesSearchAndApiAnswerFromMemoryWhileTheDatabaseIsDown() {
        QuarkusMock.installMockForType(new UnreachableTexts(), CodeTextRepository.class);
        // An edit elsewhere asks for a reload that cannot happen: the texts shown so far stay.
        content.invalidate("5.2.2");
        given().when().get("/vi/smtp/5.2.2").then().statusCode(200);
        given().when().get("/de/smtp/5.2.2-vs-4.2.2").then().statusCode(200);
        given().queryParam("q", "mailbox full quota")
                .queryParam("lang", "pt")
                .when()
                .get("/api/search")
                .then()
                .statusCode(200);
        given().queryParam("q", "boîte pleine").when().get("/fr/search").then().statusCode(200);
        given().queryParam("lang", "ja")
                .when()
                .get("/api/codes/5.2.2")
                .then()
                .statusCode(200)
                .body("code", equalTo("5.2.2"));
    }

    @Test
    void aSaveWhileTheDatabaseIsDownAnswers503WithTheTypedTextReadyToSendAgain() {
        AdminSession admin = AdminSession.login("admin", AdminSession.ADMIN_PASSWORD);
        Document editor = admin.page("/admin/translations/554/de");
        String version = editor.selectFirst("input[name=version-howToFix]").attr("value");
        QuarkusMock.installMockForType(new UnreachableTranslations(), TranslationService.class);

        String typed = "Absender prüfen; dieser Text darf nicht verloren gehen";
        admin.post(
                        "/admin/translations/554/de",
                        Map.of("version-howToFix", version, "body-howToFix", typed, "action", "review"))
                .then()
                .statusCode(503)
                .header("Retry-After", "5")
                .header("X-Content-Type-Options", "nosniff")
                .body(containsString("The database is unavailable; your text is kept below"))
                .body(containsString(typed))
                .body(containsString("action=\"/admin/translations/554/de\""))
                .body(containsString("name=\"body-howToFix\""))
                .body(containsString("value=\"" + version + "\""))
                .body(containsString("value=\"review\""));
        admin.get("/admin/translations/554/de")
                .then()
                .statusCode(503)
                .body(containsString("The database is unavailable"));
    }
}
