package io.smtpatlas.web.i18n;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smtpatlas.data.translation.CodeText;
import io.smtpatlas.data.translation.CodeTextRepository;
import io.smtpatlas.data.translation.ContentChanged;
import io.smtpatlas.data.translation.TextField;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A field without a translation shows the English text, marked as English, with a notice in the page's language. */
@QuarkusTest
class FallbackTest {

    @Inject
    CodeTextRepository texts;

    @Inject
    Event<ContentChanged> changed;

    @Test
    void aMissingTranslationFallsBackToMarkedEnglish() {
        given().when().get("/api/codes/455?lang=de").then().statusCode(200).body("fallback", empty());
        String german = QuarkusTransaction.requiringNew().call(() -> {
            CodeText text = texts.find("code = '455' and locale = 'de' and field = ?1", TextField.HOW_TO_FIX)
                    .singleResult();
            String body = text.body;
            text.body = "";
            text.publishedBody = "";
            return body;
        });
        changed.fire(new ContentChanged("455"));
        try {
            given().when()
                    .get("/api/codes/455?lang=de")
                    .then()
                    .statusCode(200)
                    .body("fallback", equalTo(List.of("howToFix")))
                    .body("lang", equalTo("de"));
            Document page = Jsoup.parse(given().when()
                    .get("/de/smtp/455")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString());
            Element fallback = page.selectFirst(".prose[lang=en]");
            assertNotNull(fallback, "the English block is marked lang=en");
            Element notice = fallback.selectFirst(".fallback-note");
            assertEquals("de", notice.attr("lang"));
            given().when().get("/de/smtp/455").then().body(containsString(notice.text()));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                CodeText text = texts.find("code = '455' and locale = 'de' and field = ?1", TextField.HOW_TO_FIX)
                        .singleResult();
                text.body = german;
                text.publishedBody = german;
            });
            changed.fire(new ContentChanged("455"));
        }
    }
}
