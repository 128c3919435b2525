package io.smtpatlas.web.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CodeApiTest {

    @Test
    void listsEveryCodeWithTitleSummaryAndUrl() {
        given().when()
                .get("/api/codes?lang=en")
                .then()
                .statusCode(200)
                .contentType(containsString("application/json"))
                .body("size()", greaterThan(150))
                .body("find { it.code == '252' }.kind", equalTo("basic"))
                .body("find { it.code == '5.1.1' }.kind", equalTo("enhanced"))
                .body("find { it.code == '252' }.title", not(equalTo("")))
                .body("find { it.code == '252' }.url", equalTo("https://smtp-atlas.test/en/smtp/252"));
    }

    @Test
    void returnsOneCodeWithItsFactsAndTexts() {
        given().when()
                .get("/api/codes/535?lang=en")
                .then()
                .statusCode(200)
                .body("code", equalTo("535"))
                .body("kind", equalTo("basic"))
                .body("class", equalTo(5))
                .body("commands", hasItem("AUTH"))
                .body("rfcs.label", hasItem("RFC 4954 §6"))
                .body("related", hasItem("5.7.8"))
                .body("description", not(equalTo("")))
                .body("whenYouSeeIt", not(equalTo("")))
                .body("howToFix", not(equalTo("")))
                .body("lang", equalTo("en"))
                .body("fallback", empty());
    }

    @Test
    void answersErrorsAsJson() {
        given().when()
                .get("/api/codes/599")
                .then()
                .statusCode(404)
                .contentType(containsString("application/json"))
                .body("status", equalTo(404))
                .body("error", equalTo("Not Found"))
                .body("message", containsString("599"));
        given().when().get("/api/codes/abc").then().statusCode(404).body("status", equalTo(404));
        given().when()
                .get("/api/codes?lang=xx")
                .then()
                .statusCode(400)
                .contentType(containsString("application/json"))
                .body("status", equalTo(400))
                .body("message", containsString("xx"));
    }

    @Test
    void comparesTwoCodesAndRedirectsTheReverseOrder() {
        given().when()
                .get("/api/compare/450/550?lang=en")
                .then()
                .statusCode(200)
                .body("first.code", equalTo("450"))
                .body("second.code", equalTo("550"))
                .body("relation", equalTo("SAME_CONDITION_OTHER_CLASS"))
                .body("differences.find { it.aspect == 'RETRY' }.differs", equalTo(true))
                .body("commonCommands", hasItem("RCPT"));
        given().redirects()
                .follow(false)
                .when()
                .get("/api/compare/550/450?lang=en")
                .then()
                .statusCode(301)
                .header("Location", endsWith("/api/v1/compare/450/550?lang=en"));
    }

    @Test
    void publishesOpenApiAndHealth() {
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/codes"));
        given().when().get("/q/health").then().statusCode(200).body(containsString("UP"));
    }
}
