package io.smtpatlas.web.seo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.code.CodeKind;
import jakarta.inject.Inject;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SitemapTest {

    private static final String BASE = "https://smtp-atlas.test";

    @Inject
    Catalog catalog;

    @Test
    void indexesEveryCodeAndCanonicalComparisonInEveryLocaleWithAlternates() {
        Document index = xml("/sitemap.xml");
        List<String> files = index.select("sitemap > loc").eachText();
        assertTrue(!files.isEmpty());
        List<Element> urls = files.stream()
                .flatMap(file -> xml(file.substring(BASE.length())).select("url").stream())
                .toList();
        assertTrue(urls.size() <= files.size() * 50_000);
        List<String> locs =
                urls.stream().map(url -> url.selectFirst("loc").text()).toList();

        assertTrue(locs.contains(BASE + "/vi/smtp/550"));
        assertTrue(locs.contains(BASE + "/ja/smtp/5.7.30"));
        assertTrue(locs.contains(BASE + "/fr/smtp/235-vs-252"));
        assertTrue(locs.contains(BASE + "/de/smtp/550-vs-5.1.1"), "enhanced code with its basic code");
        assertTrue(!locs.contains(BASE + "/fr/smtp/252-vs-235"), "only the canonical order");
        int basic = catalog.ofKind(CodeKind.BASIC).size();
        long basicPairs = locs.stream()
                .filter(loc -> loc.startsWith(BASE + "/en/smtp/") && loc.matches(".*/\\d{3}-vs-\\d{3}$"))
                .count();
        assertEquals(basic * (basic - 1) / 2, basicPairs, "every pair of basic codes");
        assertEquals(locs.size(), locs.stream().distinct().count(), "no duplicates");
        Element first = urls.get(0);
        assertEquals(9, first.select("xhtml|link").size(), "eight locales and x-default");
    }

    @Test
    void robotsPointAtTheSitemap() {
        given().when()
                .get("/robots.txt")
                .then()
                .statusCode(200)
                .body(containsString("Sitemap: " + BASE + "/sitemap.xml"));
    }

    private static Document xml(String path) {
        String body = given().when().get(path).then().statusCode(200).extract().asString();
        return Jsoup.parse(body, "", Parser.xmlParser());
    }
}
