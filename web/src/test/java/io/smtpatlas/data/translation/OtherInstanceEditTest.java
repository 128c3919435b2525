package io.smtpatlas.data.translation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Another instance sharing the database edits a text: it writes the text and a row in the change table. This
 * instance's pages and search follow within the poll interval, without a restart.
 */
@QuarkusTest
class OtherInstanceEditTest {

    @Test
    void anEditMadeElsewhereReachesPagesAndSearch() throws InterruptedException {
        given().when().get("/es/smtp/4.4.3").then().statusCode(200); // rendered and cached here first
        QuarkusTransaction.requiringNew().run(() -> {
            CodeText title = CodeText.find("code = '4.4.3' and locale = 'es' and field = ?1", TextField.TITLE)
                    .singleResult();
            title.body = "Fallo del servidor de directorio (editado en otra instancia)";
            title.revision++;
            title.updatedBy = "editor-elsewhere";
            title.publish(Instant.now());
            ContentChange change = new ContentChange();
            change.code = "4.4.3";
            change.changedAt = Instant.now();
            change.persist();
        });

        boolean seen = false;
        for (int i = 0; i < 50 && !seen; i++) {
            Thread.sleep(200);
            seen = given().when().get("/es/smtp/4.4.3").asString().contains("editado en otra instancia");
        }
        assertTrue(seen, "the page shows the edit within the poll interval");
        given().queryParam("q", "editado otra instancia")
                .queryParam("lang", "es")
                .when()
                .get("/api/search")
                .then()
                .body("results[0].code", org.hamcrest.Matchers.equalTo("4.4.3"));
        given().when().get("/es/smtp/4.4.3").then().body(containsString("editado en otra instancia"));
    }
}
