package io.smtpatlas.web.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** /admin/login: the form that posts to Quarkus form authentication; /admin/logout ends the session. */
@Path("/admin")
public class AdminLoginPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(boolean error, boolean throttled);
    }

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@QueryParam("error") String error, @QueryParam("throttled") String throttled) {
        return Templates.show(error != null, throttled != null);
    }

    /** Drops the session cookie; a POST with a CSRF token, so that no link can sign someone out. */
    @POST
    @Path("logout")
    public Response logout() {
        NewCookie expired = new NewCookie.Builder("quarkus-credential").path("/").maxAge(0).value("").build();
        return Response.seeOther(URI.create("/admin/login")).cookie(expired).build();
    }
}
