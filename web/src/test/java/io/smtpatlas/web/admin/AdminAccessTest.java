package io.smtpatlas.web.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.user.AppUser;
import io.smtpatlas.data.user.UserService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Who may see what: login, logout, the role matrix, CSRF, throttling and security headers. */
@QuarkusTest
class AdminAccessTest {

    static final String TRANSLATOR = "access-translator";
    static final String PASSWORD = "translator-password-1";

    @Inject
    UserService users;

    @BeforeEach
    void translator() {
        if (AppUser.findByUsername(TRANSLATOR) == null) {
            users.create(TRANSLATOR, PASSWORD, AppUser.TRANSLATOR, List.of(SiteLocale.FR));
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/admin",
                "/admin/users",
                "/admin/translations?lang=fr&state=missing",
                "/admin/translations/550/fr",
                "/admin/transfer",
                "/admin/export?lang=fr&format=json",
                "/admin/translations/550/fr/title/history"
            })
    void everyAdminPageNeedsLogin(String path) {
        given().redirects()
                .follow(false)
                .when()
                .get(path)
                .then()
                .statusCode(302)
                .header("Location", endsWith("/admin/login"));
    }

    @Test
    void aWrongPasswordDoesNotSignIn() {
        assertFalse(AdminSession.login("admin", "wrong-password-123").isSignedIn());
    }

    @Test
    void adminSeesEverything() {
        AdminSession admin = AdminSession.login("admin", AdminSession.ADMIN_PASSWORD);
        assertTrue(admin.isSignedIn());
        admin.get("/admin").then().statusCode(200).body(containsString("Where the translations stand"));
        admin.get("/admin/users").then().statusCode(200).body(containsString(TRANSLATOR));
        admin.get("/admin/translations/550/fr").then().statusCode(200);
        admin.get("/admin/transfer").then().statusCode(200);
    }

    @Test
    void aTranslatorEditsButCannotManageUsers() {
        AdminSession translator = AdminSession.login(TRANSLATOR, PASSWORD);
        translator.get("/admin").then().statusCode(200);
        translator.get("/admin/translations/550/fr").then().statusCode(200);
        translator
                .get("/admin/users")
                .then()
                .statusCode(403)
                .contentType(containsString("text/html"))
                .body(containsString("This page is for admins."));
        translator.get("/admin/translations/550/fr").then().statusCode(200);
        translator
                .post("/admin/users", Map.of("username", "intruder", "password", "intruder-password", "role", "admin"))
                .then()
                .statusCode(403);
        assertTrue(AppUser.findByUsername("intruder") == null);
    }

    @Test
    void anAdminCreatesUsersAndBadInputIsExplained() {
        AdminSession admin = AdminSession.login("admin", AdminSession.ADMIN_PASSWORD);
        admin.get("/admin/users");
        admin.post(
                        "/admin/users",
                        Map.of("username", "new-translator", "password", "a-long-password", "role", "translator"))
                .then()
                .statusCode(303);
        assertTrue(AdminSession.login("new-translator", "a-long-password").isSignedIn());
        admin.get("/admin/users");
        admin.post("/admin/users", Map.of("username", "x", "password", "short", "role", "root"))
                .then()
                .statusCode(400)
                .body(containsString("username"));
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        AdminSession admin = AdminSession.login("admin", AdminSession.ADMIN_PASSWORD);
        admin.get("/admin/users");
        admin.postWithoutToken(
                        "/admin/users",
                        Map.of("username", "no-token-user", "password", "a-long-password", "role", "translator"))
                .then()
                .statusCode(400);
        assertTrue(AppUser.findByUsername("no-token-user") == null);
    }

    @Test
    void logoutEndsTheSession() {
        AdminSession admin = AdminSession.login("admin", AdminSession.ADMIN_PASSWORD);
        admin.get("/admin").then().statusCode(200);
        admin.post("/admin/logout", Map.of()).then().statusCode(303).header("Location", endsWith("/admin/login"));
        admin.get("/admin").then().statusCode(302);
    }

    @Test
    void repeatedFailuresLockTheUserName() {
        users.create("throttled-user", "throttled-password", AppUser.TRANSLATOR);
        for (int i = 0; i < 5; i++) {
            assertFalse(AdminSession.login("throttled-user", "wrong-" + i).isSignedIn());
        }
        assertFalse(
                AdminSession.login("throttled-user", "throttled-password").isSignedIn(),
                "locked even with the right password");
    }

    @Test
    void everyResponseCarriesSecurityHeaders() {
        given().when()
                .get("/en/smtp/550")
                .then()
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "strict-origin-when-cross-origin");
    }
}
