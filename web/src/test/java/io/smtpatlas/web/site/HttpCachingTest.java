package io.smtpatlas.web.site;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.smtpatlas.data.translation.ContentChanged;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What browsers and shared caches see of public pages: validators, caching rules, compression, no cookies. */
@QuarkusTest
class HttpCachingTest {

    private static final String STRONG_ETAG = "\"[A-Za-z0-9_-]{22}\"";

    @Inject
    Event<ContentChanged> changed;

    /** A client that sends no Accept-Encoding, so the body comes back as sent. */
    private static io.restassured.specification.RequestSpecification plain() {
        return given().config(RestAssuredConfig.config()
                .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()));
    }

    @Test
    void aPageCarriesAStrongEtagAndPublicCaching() {
        for (int i = 0; i < 2; i++) { // rendered, then from the page cache
            plain().when()
                    .get("/en/smtp/211")
                    .then()
                    .statusCode(200)
                    .header("ETag", matchesPattern(STRONG_ETAG))
                    .header("Cache-Control", equalTo("public, max-age=300, stale-while-revalidate=86400"))
                    .header("Vary", equalTo("Accept-Encoding"))
                    .header("Content-Encoding", nullValue());
        }
    }

    @Test
    void aClientThatHasThePageGets304WithoutABody() {
        String etag = plain().when()
                .get("/de/smtp/4.4.2")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        changed.fire(new ContentChanged("4.4.2")); // nothing changed, but the page is rendered again
        for (int i = 0; i < 2; i++) { // rendered again, then from the page cache
            plain().header("If-None-Match", etag)
                    .when()
                    .get("/de/smtp/4.4.2")
                    .then()
                    .statusCode(304)
                    .header("ETag", equalTo(etag))
                    .body(emptyString());
        }
        plain().header("If-None-Match", "\"someone-else\"")
                .when()
                .get("/de/smtp/4.4.2")
                .then()
                .statusCode(200);
    }

    @Test
    void gzipClientsGetTheKeptCompressedBytesUnderTheirOwnTag() throws IOException {
        String page = "/vi/smtp/4.4.4";
        Response identity = plain().when().get(page);
        for (int i = 0; i < 2; i++) {
            Response gzip = plain().header("Accept-Encoding", "gzip").when().get(page);
            assertEquals(200, gzip.statusCode());
            assertEquals("gzip", gzip.header("Content-Encoding"));
            assertEquals(identity.asString(), gunzip(gzip.asByteArray()));
            assertNotEquals(identity.header("ETag"), gzip.header("ETag"));
            plain().header("Accept-Encoding", "gzip")
                    .header("If-None-Match", gzip.header("ETag"))
                    .when()
                    .get(page)
                    .then()
                    .statusCode(304);
        }
        plain().header("Accept-Encoding", "gzip;q=0, identity")
                .when()
                .get(page)
                .then()
                .header("Content-Encoding", nullValue())
                .body(equalTo(identity.asString()));
    }

    @Test
    void searchAnswersAreCachedAndValidatedLikePages() {
        String etag = plain().queryParam("q", "relay denied")
                .queryParam("lang", "en")
                .when()
                .get("/api/search")
                .then()
                .statusCode(200)
                .header("ETag", matchesPattern(STRONG_ETAG))
                .extract()
                .header("ETag");
        plain().header("If-None-Match", etag)
                .queryParam("q", "relay denied")
                .queryParam("lang", "en")
                .when()
                .get("/api/search")
                .then()
                .statusCode(304);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/en/",
                "/fr/smtp/250",
                "/en/smtp/450-vs-550",
                "/ja/search?q=relay",
                "/api/search?q=tls",
                "/api/codes/550",
                "/api/codes?lang=de",
                "/sitemap.xml",
                "/robots.txt",
                "/static/site.css"
            })
    void publicReadsSetNoCookieAndMayBeKeptBySharedCaches(String path) {
        for (int i = 0; i < 2; i++) {
            plain().when()
                    .get(path)
                    .then()
                    .statusCode(200)
                    .header("Set-Cookie", nullValue())
                    .header("Cache-Control", not(emptyString()))
                    .header("Cache-Control", matchesPattern("public, .*"));
        }
    }

    @Test
    void adminFormsStillGetTheirCsrfCookie() {
        Response form = given().redirects().follow(false).when().get("/admin/login");
        form.then()
                .statusCode(200)
                .cookie("csrf-token", not(emptyString()))
                .header("Cache-Control", not(equalTo("public, max-age=300, stale-while-revalidate=86400")));
        String token = org.jsoup.Jsoup.parse(form.asString())
                .selectFirst("input[name=csrf-token]")
                .attr("value");
        Response login = given().redirects()
                .follow(false)
                .cookies(form.getCookies())
                .formParam("csrf-token", token)
                .formParam("j_username", "admin")
                .formParam("j_password", "admin-test-password")
                .when()
                .post("/j_security_check");
        given().redirects()
                .follow(false)
                .cookie("quarkus-credential", login.getCookie("quarkus-credential"))
                .when()
                .get("/admin/users")
                .then()
                .statusCode(200)
                .cookie("csrf-token", not(emptyString()))
                .header("Cache-Control", not(equalTo("public, max-age=300, stale-while-revalidate=86400")));
    }

    @Test
    void staticFilesAreLinkedByFingerprintAndKeptForAYear() {
        org.jsoup.nodes.Document page =
                org.jsoup.Jsoup.parse(plain().when().get("/en/").asString());
        String css = page.selectFirst("link[rel=stylesheet]").attr("href");
        String icon = page.selectFirst("link[rel=icon]").attr("href");
        String script = page.selectFirst("script[src]").attr("src");
        for (String[] file :
                new String[][] {{css, "/static/site.css"}, {icon, "/static/favicon.svg"}, {script, "/static/suggest.js"}
                }) {
            org.junit.jupiter.api.Assertions.assertTrue(
                    file[0].matches("/static/[a-z]+\\.[0-9a-f]{8}\\.[a-z]+"), file[0]);
            plain().when()
                    .get(file[0])
                    .then()
                    .statusCode(200)
                    .header("Cache-Control", equalTo("public, max-age=31536000, immutable"))
                    .header("Set-Cookie", nullValue())
                    .body(equalTo(plain().when().get(file[1]).asString()));
        }
        plain().when().get("/static/site.00000000.css").then().statusCode(404);
        plain().when().get("/favicon.ico").then().statusCode(200).contentType(matchesPattern("image/.*"));
    }

    private static String gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
