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
import io.smtpatlas.data.user.AppUser;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Checks user name and password against the bcrypt hashes in the database, refusing early when the user name or
 * the client address has failed too often. It runs before the provider that security-jpa generates.
 */
@ApplicationScoped
public class ThrottledLoginProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final LoginThrottle throttle;

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
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            String user = "user:" + request.getUsername();
            RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
            String address = "ip:" + (routing == null ? "unknown" : routing.request().remoteAddress().hostAddress());
            if (throttle.isLocked(user) || throttle.isLocked(address)) {
                throw new AuthenticationFailedException("Too many failed logins");
            }
            AppUser account = QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername(request.getUsername()));
            String password = new String(request.getPassword().getPassword());
            if (account == null || account.disabled || !BcryptUtil.matches(password, account.passwordHash)) {
                throttle.failed(user);
                throttle.failed(address);
                throw new AuthenticationFailedException("Wrong user name or password");
            }
            throttle.succeeded(user);
            return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(account.username))
                    .addRole(account.role).build();
        });
    }
}
