package io.smtpatlas.web.explain;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.smtpatlas.core.locale.SiteLocale;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The diagnosis page of a three-recipient bounce has no English sentence in another locale, apart from what the
 * bounce itself says (quoted diagnostics, the pasted text) and the provider notes' product names.
 */
@QuarkusTest
class ExplainResultLeakTest {

    @ParameterizedTest
    @EnumSource(value = SiteLocale.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
    void diagnosisPageHasNoEnglishSentence(SiteLocale locale) {
        Set<String> translated = Set.copyOf(sentences(locale));
        List<String> leaked =
                sentences(SiteLocale.EN).stream().filter(translated::contains).toList();
        assertEquals(List.of(), leaked, "English text on the " + locale.tag() + " diagnosis");
    }

    private static List<String> sentences(SiteLocale locale) {
        byte[] body = Samples.formBody(Samples.text(Samples.THREE_RECIPIENTS));
        Document html = Jsoup.parse(given().contentType("text/plain")
                .body(body)
                .post("/" + locale.tag() + "/explain")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        html.select("code, textarea, script, style").remove();
        return html.body().select("*").stream()
                .flatMap(element -> element.textNodes().stream())
                .map(TextNode::text)
                .map(String::strip)
                .filter(text -> text.split("\\s+").length >= 4)
                .toList();
    }
}
