package io.smtpatlas.web.admin;

import static io.restassured.matcher.RestAssuredMatchers.detailedCookie;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Behind a TLS-terminating proxy (proxy support on, as docker-compose.yml sets it), the reader's https reaches
 * the app: the session cookie is Secure and redirects stay on https.
 */
@QuarkusTest
@TestProfile(BehindProxyTest.TrustedProxy.class)
class BehindProxyTest {

    public static class TrustedProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.http.proxy.proxy-address-forwarding",
                    "true",
                    "quarkus.http.proxy.allow-x-forwarded",
                    "true",
                    "quarkus.http.proxy.enable-forwarded-host",
                    "true",
                    "quarkus.http.proxy.trusted-proxies",
                    "127.0.0.1,0:0:0:0:0:0:0:1");
        }
    }

    @Test
    void aSignInThroughAnHttpsProxyGetsASecureCookieAndAnHttpsRedirect() {
        AdminSession form = new AdminSession();
        form.get("/admin/login");
        form.request()
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "smtp-atlas.test")
                .formParam("csrf-token", form.csrfToken())
                .formParam("j_username", "admin")
                .formParam("j_password", AdminSession.ADMIN_PASSWORD)
                .when()
                .post("/j_security_check")
                .then()
                .statusCode(302)
                .header("Location", startsWith("https://smtp-atlas.test/admin"))
                .cookie("quarkus-credential", detailedCookie().secured(true).httpOnly(true));
    }

    @Test
    void aForwardedHostOutsideTheAllowedSetIsRefused() {
        new AdminSession()
                .request()
                .header("X-Forwarded-Host", "evil.example")
                .when()
                .get("/")
                .then()
                .statusCode(400);
    }
}
