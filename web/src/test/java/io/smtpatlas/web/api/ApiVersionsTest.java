package io.smtpatlas.web.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** /api/v1/... is the stable API; the unversioned paths that came first answer the same. */
@QuarkusTest
class ApiVersionsTest {

    @Test
    void versionedAndUnversionedPathsGiveTheSameAnswer() {
        for (String path : new String[] {
            "/codes/5.7.1?lang=ja",
            "/codes?lang=pt",
            "/compare/450/550?lang=de",
            "/search?q=mailbox%20full&lang=es",
            "/suggest?q=55&lang=vi"
        }) {
            String versioned = given().when()
                    .get("/api/v1" + path)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            String unversioned = given().when()
                    .get("/api" + path)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            assertEquals(unversioned, versioned, path);
        }
    }

    @Test
    void redirectsPointAtTheVersionedApi() {
        given().redirects()
                .follow(false)
                .when()
                .get("/api/v1/compare/550/450?lang=en")
                .then()
                .statusCode(301)
                .header("Location", endsWith("/api/v1/compare/450/550?lang=en"));
        given().redirects()
                .follow(false)
                .when()
                .get("/api/compare/550/550")
                .then()
                .statusCode(301)
                .header("Location", endsWith("/api/v1/codes/550"));
    }

    @Test
    void unknownVersionedPathsAreJsonErrors() {
        given().when().get("/api/v1/nothing-here").then().statusCode(404).body("status", equalTo(404));
        given().when().get("/api/v1/codes/abc").then().statusCode(404).body("error", equalTo("Not Found"));
    }
}
