package io.smtpatlas.web.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Inputs that once answered 500: each now gets a clear 4xx (or the page it asked for), and loses nothing. */
@QuarkusTest
class HostileInputTest {

    @ParameterizedTest
    @ValueSource(strings = {"-", "--", "*;q=x", ",,,", "en-;q=1"})
    void anUnreadableAcceptLanguageCountsAsNoPreference(String header) {
        given().header("Accept-Language", header)
                .redirects()
                .follow(false)
                .when()
                .get("/")
                .then()
                .statusCode(302)
                .header("Location", containsString("/en/"));
        given().header("Accept-Language", header)
                .redirects()
                .follow(false)
                .when()
                .get("/smtp/550")
                .then()
                .statusCode(302);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/%25;a", "/en/smtp/%25;a", "/api/codes/%25;x", "/static/%25;a", "/fr/%25%3Bb;c"})
    void anEncodedPercentBesideAMatrixParameterIsNotFound(String path) {
        int status = given().urlEncodingEnabled(false)
                .redirects()
                .follow(false)
                .when()
                .get(path)
                .statusCode();
        assertTrue(status >= 400 && status < 500, path + " answered " + status);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "ja", "zh"})
    void aSearchOfManyWordsIsAnswered(String lang) {
        String words = IntStream.range(0, 120).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
        given().queryParam("q", words)
                .queryParam("lang", lang)
                .when()
                .get("/api/search")
                .then()
                .statusCode(200);
        given().queryParam("q", words)
                .queryParam("lang", lang)
                .when()
                .get("/api/suggest")
                .then()
                .statusCode(200);
        given().queryParam("q", words).when().get("/" + lang + "/search").then().statusCode(200);
        String han = "邮件服务器拒绝了收件人地址因为邮箱已满或者不存在请稍后重试".repeat(20).substring(0, 400);
        given().queryParam("q", han)
                .queryParam("lang", lang)
                .when()
                .get("/api/search")
                .then()
                .statusCode(200);
    }

    @Test
    void aTextHoldingANulCharacterIsRefusedAndKeptInTheEditor() {
        AdminSession admin = AdminSession.login("admin", AdminSession.ADMIN_PASSWORD);
        Document editor = admin.page("/admin/translations/552/es");
        String version = editor.selectFirst("input[name=version-title]").attr("value");
        admin.post(
                        "/admin/translations/552/es",
                        Map.of(
                                "version-title",
                                version,
                                "body-title",
                                "Buzón lleno\u0000 (texto escrito)",
                                "action",
                                "draft"))
                .then()
                .statusCode(400)
                .body(containsString("NUL character"))
                .body(containsString("Buzón lleno"));
    }

    @Test
    void aLoginNameHoldingANulCharacterIsAWrongLogin() {
        AdminSession session = new AdminSession();
        session.get("/admin/login");
        Response answer = session.request()
                .formParam("csrf-token", session.csrfToken())
                .formParam("j_username", "ad\u0000min")
                .formParam("j_password", AdminSession.ADMIN_PASSWORD)
                .when()
                .post("/j_security_check");
        answer.then().statusCode(302).header("Location", containsString("error=true"));
        assertNull(answer.getCookie("quarkus-credential"));
        given().when().get("/en/smtp/550").then().statusCode(200).body(not(containsString("\u0000")));
    }
}
