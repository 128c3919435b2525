package io.smtpatlas.web.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smtpatlas.data.user.AppUser;
import io.smtpatlas.data.user.UserService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Sessions end on the server, guesses are counted exactly, and the login form cannot be posted from elsewhere. */
@QuarkusTest
class LoginSecurityTest {

    @Inject
    UserService users;

    private void account(String name) {
        if (QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername(name)) == null) {
            users.create(name, name + "-password-1", AppUser.TRANSLATOR);
        }
    }

    @Test
    void aCopiedSessionCookieStopsWorkingAfterSignOut() {
        account("leaver");
        AdminSession session = AdminSession.login("leaver", "leaver-password-1");
        Map<String, String> copied = session.cookies();
        session.get("/admin").then().statusCode(200).body(containsString("leaver"));
        session.post("/admin/logout", Map.of()).then().statusCode(303);

        given().cookies(copied)
                .redirects()
                .follow(false)
                .when()
                .get("/admin")
                .then()
                .statusCode(302)
                .header("Location", containsString("/admin/login"));
        assertTrue(
                AdminSession.login("leaver", "leaver-password-1").get("/admin").statusCode() == 200,
                "signing in again works");
    }

    @Test
    void aPasswordChangeEndsEverySessionOfThatPerson() {
        account("changer");
        AdminSession before = AdminSession.login("changer", "changer-password-1");
        before.get("/admin").then().statusCode(200);
        users.changePassword("changer", "changer-password-2");

        before.get("/admin").then().statusCode(302);
        assertFalse(AdminSession.login("changer", "changer-password-1").isSignedIn());
        assertTrue(AdminSession.login("changer", "changer-password-2").isSignedIn());
    }

    @Test
    void twentyParallelGuessesReachThePasswordCheckExactlyFiveTimes() throws Exception {
        account("burst");
        AdminSession form = new AdminSession();
        form.get("/admin/login");
        String csrfCookie = form.cookies().get("csrf-token");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String guess = "wrong-guess-" + i;
            answers.add(pool.submit(() -> {
                start.await();
                return given().redirects()
                        .follow(false)
                        .cookie("csrf-token", csrfCookie)
                        .formParam("csrf-token", form.csrfToken())
                        .formParam("j_username", "burst")
                        .formParam("j_password", guess)
                        .when()
                        .post("/j_security_check")
                        .header("Location");
            }));
        }
        start.countDown();
        int checked = 0;
        int throttled = 0;
        for (Future<String> answer : answers) {
            String location = answer.get(60, TimeUnit.SECONDS);
            checked += location.contains("error=true") ? 1 : 0;
            throttled += location.contains("throttled=true") ? 1 : 0;
        }
        pool.shutdownNow();
        assertEquals(5, checked, "guesses that reached the password check");
        assertEquals(15, throttled, "guesses refused before it");

        AdminSession right = AdminSession.login("burst", "burst-password-1");
        assertFalse(right.isSignedIn(), "the right password waits for the window to end");
        right.lastLogin().then().header("Location", containsString("throttled=true"));
        given().when()
                .get(right.lastLogin().header("Location"))
                .then()
                .statusCode(200)
                .body(containsString("Too many failed attempts"));
    }

    @Test
    void theLoginFormRefusesAPostWithoutItsCsrfToken() {
        Response answer = given().redirects()
                .follow(false)
                .formParam("j_username", "admin")
                .formParam("j_password", AdminSession.ADMIN_PASSWORD)
                .when()
                .post("/j_security_check");
        answer.then().statusCode(302).header("Location", containsString("expired=true"));
        assertNull(answer.getCookie("quarkus-credential"));
        given().when().get("/admin/login").then().statusCode(200).body(containsString("name=\"csrf-token\""));
    }

    @Test
    void anUnknownUserNameIsAnsweredLikeAWrongPassword() {
        AdminSession unknown = AdminSession.login("nobody-of-that-name", "some-password-1");
        AdminSession wrong = AdminSession.login("admin", "some-password-1");
        assertEquals(wrong.lastLogin().header("Location"), unknown.lastLogin().header("Location"));
        assertFalse(unknown.isSignedIn());
    }
}
