package io.smtpatlas.web.admin;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.smtpatlas.data.DatabaseFailure;
import io.smtpatlas.data.user.AppUser;
import io.smtpatlas.data.user.UserService;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Checks a login form: its CSRF token (no other site can sign someone in), the attempt count (counted before the
 * password, see {@link LoginThrottle}), then the password against the bcrypt hash. An unknown user name costs the
 * same bcrypt check as a known one, so timing tells nothing. A refusal other than a wrong password sends the person
 * to a login page that says why: locked out, form expired, or database unavailable.
 */
@ApplicationScoped
public class ThrottledLoginProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private static final String CSRF = "csrf-token";

    private final LoginThrottle throttle;
    private final String dummyHash = BcryptUtil.bcryptHash("no account has this password");

    public ThrottledLoginProvider(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return SYSTEM_FIRST;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
            if (routing == null || !hasCsrfToken(routing)) {
                throw refused(routing, "expired");
            }
            String username = request.getUsername();
            String password = new String(request.getPassword().getPassword());
            String user = LoginThrottle.userSubject(username);
            String address = LoginThrottle.addressSubject(
                    routing.request().remoteAddress().hostAddress());
            try {
                if (!throttle.tryAttempt(user, address)) {
                    throw refused(routing, "throttled");
                }
                AppUser account = UserService.isValidUsername(username)
                        ? QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername(username))
                        : null;
                boolean matches = BcryptUtil.matches(password, account == null ? dummyHash : account.passwordHash);
                if (account == null || account.disabled || !matches) {
                    throw new AuthenticationFailedException("Wrong user name or password");
                }
                throttle.succeeded(user, address);
                return QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(
                                new SessionPrincipal(account.username, account.sessionVersion).encoded()))
                        .addRole(account.role)
                        .build();
            } catch (RuntimeException e) {
                if (!(e instanceof AuthenticationFailedException)
                        && DatabaseFailure.of(e) == DatabaseFailure.UNAVAILABLE) {
                    throw refused(routing, "unavailable");
                }
                throw e;
            }
        });
    }

    private static boolean hasCsrfToken(RoutingContext routing) {
        Cookie cookie = routing.request().getCookie(CSRF);
        String field = routing.request().getFormAttribute(CSRF);
        return cookie != null
                && field != null
                && !field.isEmpty()
                && MessageDigest.isEqual(
                        cookie.getValue().getBytes(StandardCharsets.UTF_8), field.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Quarkus sends every refused login to {@code /admin/login?error=true}; this one goes to {@code ?reason=true}
     * instead, so the page can say what happened.
     */
    private static AuthenticationFailedException refused(RoutingContext routing, String reason) {
        if (routing != null) {
            routing.addHeadersEndHandler(ignored -> {
                String location = routing.response().headers().get(HttpHeaders.LOCATION);
                if (location != null) {
                    routing.response()
                            .putHeader(HttpHeaders.LOCATION, location.replace("error=true", reason + "=true"));
                }
            });
        }
        return new AuthenticationFailedException("Login refused: " + reason);
    }
}
