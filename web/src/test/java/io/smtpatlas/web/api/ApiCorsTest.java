package io.smtpatlas.web.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Other sites may call the API from a browser; pages and the admin area stay same-origin. */
@QuarkusTest
class ApiCorsTest {

    private static final String OTHER_SITE = "https://bounces.example.org";

    @Test
    void apiAnswersAnyOriginWithoutCredentials() {
        given().header("Origin", OTHER_SITE)
                .when()
                .get("/api/v1/codes/550?lang=fr")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("*"))
                .header("Access-Control-Allow-Credentials", nullValue());
        given().header("Origin", OTHER_SITE)
                .when()
                .get("/api/codes")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("*"));
        // Errors too, so that the calling page can read why.
        given().header("Origin", OTHER_SITE)
                .when()
                .get("/api/v1/codes/599")
                .then()
                .statusCode(404)
                .header("Access-Control-Allow-Origin", equalTo("*"));
        // A cached answer (the second search) is written before the REST layer; it carries the header as well.
        for (int i = 0; i < 2; i++) {
            given().header("Origin", OTHER_SITE)
                    .when()
                    .get("/api/v1/search?q=relay&lang=de")
                    .then()
                    .statusCode(200)
                    .header("Access-Control-Allow-Origin", equalTo("*"));
        }
    }

    @Test
    void preflightAllowsGetAndPostWithJson() {
        given().header("Origin", OTHER_SITE)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .when()
                .options("/api/v1/explain")
                .then()
                .statusCode(204)
                .header("Access-Control-Allow-Origin", equalTo("*"))
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("Content-Type"))
                .header("Access-Control-Allow-Credentials", nullValue());
        given().header("Origin", OTHER_SITE)
                .header("Access-Control-Request-Method", "GET")
                .when()
                .options("/api/v1/codes")
                .then()
                .statusCode(204)
                .header("Access-Control-Allow-Methods", containsString("GET"))
                .header("Access-Control-Allow-Methods", not(containsString("DELETE")));
    }

    @Test
    void pagesAndAdminSendNoCorsHeaders() {
        for (String path : new String[] {"/en/", "/fr/smtp/550", "/admin/login", "/sitemap.xml"}) {
            given().header("Origin", OTHER_SITE)
                    .when()
                    .get(path)
                    .then()
                    .header("Access-Control-Allow-Origin", nullValue());
            given().header("Origin", OTHER_SITE)
                    .header("Access-Control-Request-Method", "POST")
                    .when()
                    .options(path)
                    .then()
                    .header("Access-Control-Allow-Origin", nullValue())
                    .header("Access-Control-Allow-Methods", nullValue());
        }
    }
}
