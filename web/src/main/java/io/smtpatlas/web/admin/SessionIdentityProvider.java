package io.smtpatlas.web.admin;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.smtpatlas.data.user.AppUser;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Restores the signed-in person from the encrypted session cookie on every request, reading the role from the
 * database so that a changed or removed account takes effect at once, on every instance.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            AppUser account = QuarkusTransaction.requiringNew()
                    .call(() -> AppUser.findByUsername(request.getPrincipal()));
            if (account == null || account.disabled) {
                throw new AuthenticationFailedException("No such user, or the account is disabled");
            }
            return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(account.username))
                    .addRole(account.role).build();
        });
    }
}
