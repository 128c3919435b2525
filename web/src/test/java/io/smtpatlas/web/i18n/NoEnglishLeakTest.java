package io.smtpatlas.web.i18n;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.code.SmtpCode;
import io.smtpatlas.core.locale.SiteLocale;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No English sentence of an English page shows up on the same page in another locale. Wire texts are the
 * exception: quoted server replies and the code's standard text stay in English everywhere.
 */
@QuarkusTest
class NoEnglishLeakTest {

    private static final Pattern NEUTRAL = Pattern.compile("\\b(SMTP|vs|RFC|IANA)\\b");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|“[^”]*”");

    @Inject
    Catalog catalog;

    static Stream<Arguments> pages() {
        return Stream.of(SiteLocale.values())
                .filter(locale -> locale != SiteLocale.EN)
                .flatMap(locale -> Stream.of(
                                "",
                                "smtp/252",
                                "smtp/550",
                                "smtp/5.7.26",
                                "smtp/235-vs-252",
                                "smtp/450-vs-550",
                                "smtp/421-vs-5.7.0",
                                "smtp/599",
                                "explain")
                        .map(page -> Arguments.of(locale, page)));
    }

    @ParameterizedTest(name = "/{0}/{1}")
    @MethodSource("pages")
    void pageHasNoEnglishSentence(SiteLocale locale, String page) {
        Set<String> wireTexts = catalog.all().stream().map(SmtpCode::wireText).collect(Collectors.toSet());
        List<String> english = sentences("/en/" + page).stream()
                .filter(text -> !wireTexts.contains(text))
                .toList();
        Set<String> translated = Set.copyOf(sentences("/" + locale.tag() + "/" + page));
        List<String> leaked = english.stream().filter(translated::contains).toList();
        assertEquals(List.of(), leaked, "English text on /" + locale.tag() + "/" + page);
    }

    /** False for text that reads the same in every language: "SMTP 235 vs 252", "RFC 5321 §4.2.3". */
    private static boolean hasWords(String text) {
        return NEUTRAL.matcher(text).replaceAll(" ").matches(".*\\p{L}{3,}.*");
    }

    /** Text nodes that read as prose: several words, outside code elements, with quoted wire texts removed. */
    private static List<String> sentences(String path) {
        Document html = Jsoup.parse(given().when().get(path).then().extract().asString());
        html.select("code, .lang-switch, script, style").remove();
        return html.body().select("*").stream()
                .flatMap(element -> element.textNodes().stream())
                .map(TextNode::text)
                .map(text -> QUOTED.matcher(text).replaceAll(" ").strip())
                .filter(text -> text.split("\\s+").length >= 4)
                .filter(NoEnglishLeakTest::hasWords)
                .toList();
    }
}
