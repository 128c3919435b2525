package io.smtpatlas.web.admin;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Admin URLs holding characters a cookie cannot (';' ',') were never answered before signing in: Quarkus could not
 * store them as the return address. Each must now be answered within a second, every hop with the security headers,
 * ending on the login form (or a 404 where the characters were part of the path).
 */
@QuarkusTest
class UnansweredRequestsTest {

    private static final Duration LIMIT = Duration.ofSeconds(1);

    @TestHTTPResource("/")
    URL base;

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(LIMIT)
            .build();

    // The limit is for answering, not for the first connection of a fresh test JVM.
    @BeforeEach
    void warmUp() throws Exception {
        client.send(
                HttpRequest.newBuilder(base.toURI().resolve("/admin/login"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.discarding());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/admin;x",
                "/admin/login;x",
                "/admin/users;jsessionid=1",
                "/admin/x,y",
                "/admin?x=;",
                "/admin?x=a,b",
                "/admin/translations/550/fr?x=1;2",
                "/admin/%22quoted%22?a=%5C"
            })
    void adminUrlsWithCookieBreakingCharactersLeadToTheLoginFormWithinASecond(String path) throws Exception {
        URI uri = URI.create(base.toString().replaceAll("/$", "") + path);
        for (int hop = 0; hop < 4; hop++) {
            long start = System.nanoTime();
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(uri).timeout(LIMIT).GET().build(), HttpResponse.BodyHandlers.ofString());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < LIMIT.toMillis(), path + " hop " + hop + " took " + millis + " ms");
            assertTrue(response.statusCode() < 500, path + " hop " + hop + ": " + response.statusCode());
            assertEquals(
                    "nosniff",
                    response.headers().firstValue("X-Content-Type-Options").orElse(null),
                    path + " hop " + hop + " lacks the security headers");
            assertNotNull(
                    response.headers().firstValue("Content-Security-Policy").orElse(null));
            if (response.statusCode() == 404) {
                return; // "/admin;x" is the page "/admin%3Bx", which does not exist
            }
            if (response.statusCode() != 302) {
                assertEquals(200, response.statusCode(), path);
                assertTrue(response.body().contains("j_security_check"), path + " ends on the login form");
                return;
            }
            uri = uri.resolve(response.headers().firstValue("Location").orElseThrow());
        }
        throw new AssertionError(path + " never reached the login form");
    }

    @Test
    void aForeignHostHeaderIsRefusedAndNeverReflectedIntoARedirect() {
        given().header("Host", "evil.example")
                .redirects()
                .follow(false)
                .when()
                .get("/")
                .then()
                .statusCode(400)
                .header("Location", org.hamcrest.Matchers.nullValue())
                .header("X-Content-Type-Options", "nosniff");
        given().header("Host", "evil.example")
                .redirects()
                .follow(false)
                .when()
                .get("/admin")
                .then()
                .statusCode(400);
        given().header("Host", "smtp-atlas.test")
                .redirects()
                .follow(false)
                .when()
                .get("/")
                .then()
                .statusCode(302)
                .header("Location", org.hamcrest.Matchers.startsWith("http://smtp-atlas.test/"));
    }
}
