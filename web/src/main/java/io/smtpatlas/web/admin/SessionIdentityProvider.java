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
import io.smtpatlas.data.DatabaseFailure;
import io.smtpatlas.data.user.AppUser;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Restores the signed-in person from the encrypted session cookie on every request, reading the account from the
 * database so that a changed role, a removed or disabled account, a sign-out or a password change (a higher session version)
 * takes effect at once, on every instance. While the database is unreachable, the account as last read stands in,
 * so a signed-in editor reaches the page that says so (and keeps their text) instead of the login form.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    private record Account(String role, int sessionVersion) {}

    /** Accounts as last read, by user name: only real accounts, so as many entries as users. */
    private final Map<String, Account> lastRead = new ConcurrentHashMap<>();

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            SessionPrincipal session = SessionPrincipal.decode(request.getPrincipal());
            if (session == null) {
                throw new AuthenticationFailedException("Not a session of this site");
            }
            Account account = account(session.username());
            if (account == null || account.sessionVersion() != session.version()) {
                throw new AuthenticationFailedException("Session ended");
            }
            return QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(session.username()))
                    .addRole(account.role())
                    .build();
        });
    }

    private Account account(String username) {
        try {
            AppUser user = QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername(username));
            if (user == null || user.disabled) {
                lastRead.remove(username);
                return null;
            }
            Account account = new Account(user.role, user.sessionVersion);
            lastRead.put(username, account);
            return account;
        } catch (RuntimeException e) {
            if (DatabaseFailure.of(e) == DatabaseFailure.UNAVAILABLE) {
                return lastRead.get(username);
            }
            throw e;
        }
    }
}
