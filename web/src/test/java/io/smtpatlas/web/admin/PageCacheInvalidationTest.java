package io.smtpatlas.web.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smtpatlas.data.translation.CodeText;
import io.smtpatlas.data.translation.ContentChange;
import io.smtpatlas.data.translation.TextField;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Rendered pages are kept until the content changes: an edit approved here (a text waiting for review is not
 * public yet), or one made by another instance sharing
 * the database, reaches every kept page that shows the text (the code's page, the home page, comparisons, search).
 */
@QuarkusTest
class PageCacheInvalidationTest {

    @Test
    void anApprovedEditReachesEveryKeptPageAtOnce() {
        String comparison = firstComparison("/pt/smtp/454");
        List<String> pages = List.of("/pt/smtp/454", "/pt/", comparison, "/pt/search?q=454");
        String title = "TLS temporariamente indisponível (revisto qwxvlorp)";
        pages.forEach(page -> given().when().get(page).then().statusCode(200).body(not(containsString(title))));
        String etag = given().when().get("/pt/smtp/454").header("ETag");

        AdminSession admin = AdminSession.login("admin", AdminSession.ADMIN_PASSWORD);
        Document editor = admin.page("/admin/translations/454/pt");
        admin.post("/admin/translations/454/pt", AdminWorkflowTest.form(editor, Map.of("title", title), "review"))
                .then()
                .statusCode(303);
        pages.forEach(page -> given().when().get(page).then().statusCode(200).body(not(containsString(title))));
        editor = admin.page("/admin/translations/454/pt");
        admin.post(
                        "/admin/translations/454/pt/approve",
                        Map.of(
                                "field",
                                "title",
                                "version-title",
                                editor.selectFirst("#approve input[name=version-title]")
                                        .attr("value")))
                .then()
                .statusCode(303);

        pages.forEach(page -> given().when().get(page).then().statusCode(200).body(containsString(title)));
        given().header("If-None-Match", etag)
                .when()
                .get("/pt/smtp/454")
                .then()
                .statusCode(200)
                .header("ETag", not(equalTo(etag)));
        given().queryParam("q", "qwxvlorp")
                .queryParam("lang", "pt")
                .when()
                .get("/api/search")
                .then()
                .body("results[0].code", equalTo("454"));
    }

    @Test
    void anEditOnAnotherInstanceReachesKeptPagesWithinThePollInterval() throws InterruptedException {
        String comparison = firstComparison("/zh/smtp/4.4.5");
        List<String> pages = List.of("/zh/smtp/4.4.5", "/zh/", comparison);
        pages.forEach(page -> given().when().get(page).then().statusCode(200)); // rendered and kept here
        String title = "系统拥塞（另一实例编辑 zqvt）";
        QuarkusTransaction.requiringNew().run(() -> {
            CodeText text = CodeText.find("code = '4.4.5' and locale = 'zh' and field = ?1", TextField.TITLE)
                    .singleResult();
            text.body = title;
            text.revision++;
            text.updatedBy = "editor-elsewhere";
            text.publish(Instant.now()); // approved there
            ContentChange change = new ContentChange();
            change.code = "4.4.5";
            change.changedAt = Instant.now();
            change.persist();
        });

        for (String page : pages) {
            boolean seen = false;
            for (int i = 0; i < 50 && !seen; i++) {
                seen = given().when().get(page).asString().contains(title);
                if (!seen) {
                    Thread.sleep(200);
                }
            }
            assertTrue(seen, page + " shows the edit made elsewhere within the poll interval");
        }
    }

    private static String firstComparison(String codePage) {
        Element link = Jsoup.parse(given().when().get(codePage).asString()).selectFirst("a[href*=-vs-]");
        assertNotNull(link, codePage + " links to a comparison");
        return link.attr("href");
    }
}
