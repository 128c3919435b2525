package io.smtpatlas.web.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smtpatlas.data.user.UserService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** /admin/login: the form that posts to Quarkus form authentication; /admin/logout ends the session. */
@Path("/admin")
public class AdminLoginPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(String refusal);
    }

    private final UserService users;
    private final SecurityIdentity identity;

    public AdminLoginPage(UserService users, SecurityIdentity identity) {
        this.users = users;
        this.identity = identity;
    }

    /** The form; after a refused login, why: {@code error}, {@code throttled}, {@code expired} or {@code unavailable}. */
    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public Response show(
            @QueryParam("error") String error,
            @QueryParam("throttled") String throttled,
            @QueryParam("expired") String expired,
            @QueryParam("unavailable") String unavailable) {
        String refusal = throttled != null
                ? "throttled"
                : expired != null ? "expired" : unavailable != null ? "unavailable" : error != null ? "error" : null;
        return Response.ok(Templates.show(refusal))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    /**
     * Ends the session on the server (every cookie issued to this person stops working, on every instance) and
     * drops the cookie; a POST with a CSRF token, so that no link can sign someone out.
     */
    @POST
    @Path("logout")
    public Response logout() {
        if (!identity.isAnonymous()) {
            users.revokeSessions(identity.getPrincipal().getName());
        }
        NewCookie expired = new NewCookie.Builder("quarkus-credential")
                .path("/")
                .maxAge(0)
                .value("")
                .build();
        return Response.seeOther(URI.create("/admin/login")).cookie(expired).build();
    }
}
