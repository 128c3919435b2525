package io.smtpatlas.web.i18n;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import io.smtpatlas.core.locale.SiteLocale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every page type in every locale: its language, its canonical URL, and links to all its translations. */
@QuarkusTest
class LocalizedPagesTest {

    private static final String BASE = "https://smtp-atlas.test";

    static Stream<Arguments> pages() {
        return Stream.of(SiteLocale.values())
                .flatMap(locale -> Stream.of("", "smtp/550", "smtp/5.7.1", "smtp/235-vs-252", "smtp/550-vs-5.1.1")
                        .map(page -> Arguments.of(locale, page)));
    }

    @ParameterizedTest(name = "/{0}/{1}")
    @MethodSource("pages")
    void hasItsLanguageCanonicalAndEveryAlternate(SiteLocale locale, String page) {
        String path = "/" + locale.tag() + "/" + page;
        Document html = Jsoup.parse(
                given().when().get(path).then().statusCode(200).extract().asString());

        assertEquals(locale.tag(), html.selectFirst("html").attr("lang"));
        assertEquals(BASE + path, html.selectFirst("link[rel=canonical]").attr("href"));
        for (SiteLocale other : SiteLocale.values()) {
            String otherPath = "/" + other.tag() + "/" + page;
            Element alternate = html.selectFirst("link[rel=alternate][hreflang=" + other.tag() + "]");
            assertNotNull(alternate, "hreflang " + other.tag());
            assertEquals(BASE + otherPath, alternate.attr("href"));
            if (other != locale) {
                Element switcher = html.selectFirst(".lang-switch a[hreflang=" + other.tag() + "]");
                assertNotNull(switcher, "switcher link to " + other.tag());
                assertEquals(otherPath, switcher.attr("href"));
                assertEquals(other.tag(), switcher.attr("lang"));
            }
        }
        assertEquals(
                BASE + "/en/" + page,
                html.selectFirst("link[rel=alternate][hreflang=x-default]").attr("href"));
        assertEquals(9, html.select("link[rel=alternate][hreflang]").size());
        assertFalse(html.select("title").text().isBlank());
        assertFalse(html.select("meta[name=description]").attr("content").isBlank());
    }
}
