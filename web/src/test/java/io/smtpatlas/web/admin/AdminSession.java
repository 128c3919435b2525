package io.smtpatlas.web.admin;

import static io.restassured.RestAssured.given;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A signed-in browser as REST Assured sees it: session and CSRF cookies, and the token of the last form page. */
final class AdminSession {

    AdminSession() {}

    static final String ADMIN_PASSWORD = "admin-test-password";

    private final Map<String, String> cookies = new HashMap<>();
    private String csrfToken;
    private Response lastLogin;

    /** Signs in through the login form, as a browser does: its CSRF cookie and token go with the password. */
    static AdminSession login(String username, String password) {
        AdminSession session = new AdminSession();
        session.get("/admin/login");
        Response response = session.request()
                .formParam("csrf-token", session.csrfToken)
                .formParam("j_username", username)
                .formParam("j_password", password)
                .when()
                .post("/j_security_check");
        session.cookies.putAll(response.getCookies());
        session.lastLogin = response;
        return session;
    }

    /** The answer to the sign-in POST (a redirect to the admin area, or back to the form with a reason). */
    Response lastLogin() {
        return lastLogin;
    }

    Map<String, String> cookies() {
        return Map.copyOf(cookies);
    }

    boolean isSignedIn() {
        return cookies.containsKey("quarkus-credential");
    }

    /** GETs a page as this person, keeping its cookies and the CSRF token of its forms. */
    Response get(String path) {
        Response response = request().when().get(path);
        remember(response);
        return response;
    }

    Document page(String path) {
        return Jsoup.parse(get(path).then().statusCode(200).extract().asString());
    }

    /** POSTs a form with the CSRF token of the last page read. */
    Response post(String path, Map<String, String> form) {
        RequestSpecification request = request().formParams(form);
        if (csrfToken != null) {
            request.formParam("csrf-token", csrfToken);
        }
        Response response = request.when().post(path);
        remember(response);
        return response;
    }

    String csrfToken() {
        return csrfToken;
    }

    Response postWithoutToken(String path, Map<String, String> form) {
        return request().formParams(form).when().post(path);
    }

    /** Forms go out in UTF-8, as browsers send them (REST Assured defaults to ISO-8859-1). */
    RequestSpecification request() {
        return given().config(RestAssuredConfig.config()
                        .encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset(StandardCharsets.UTF_8)))
                .redirects()
                .follow(false)
                .cookies(cookies);
    }

    private void remember(Response response) {
        cookies.putAll(response.getCookies());
        String body = response.asString();
        if (body.contains("csrf-token")) {
            Document html = Jsoup.parse(body);
            var input = html.selectFirst("input[name=csrf-token]");
            if (input != null) {
                csrfToken = input.attr("value");
            }
        }
    }
}
