package io.smtpatlas.web.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smtpatlas.data.user.AppUser;
import io.smtpatlas.data.user.UserService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** /admin/users: admins list and create accounts; translators get 403. */
@Path("/admin/users")
@RolesAllowed("admin")
@Produces(MediaType.TEXT_HTML)
public class UsersPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(AdminContext ctx, List<UserView> users, List<String> roles, String error,
                String username);
    }

    private static final List<String> ROLES = List.of(AppUser.TRANSLATOR, AppUser.ADMIN);

    private final UserService users;
    private final CurrentEditor editor;

    public UsersPage(UserService users, CurrentEditor editor) {
        this.users = users;
        this.editor = editor;
    }

    @GET
    public TemplateInstance show(@QueryParam("created") String created) {
        return Templates.show(editor.context(editor.messages().users_title(),
                created == null ? null : editor.messages().users_created_message(created)),
                views(), ROLES, null, "");
    }

    private List<UserView> views() {
        return users.all().stream().map(UserView::of).toList();
    }

    @POST
    public Response create(@RestForm String username, @RestForm String password, @RestForm String role) {
        try {
            users.create(username, password, role);
        } catch (IllegalArgumentException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.show(editor.context(editor.messages().users_title(), null),
                    views(), ROLES, e.getMessage(), username == null ? "" : username)).build();
        }
        return Response.seeOther(URI.create("/admin/users?created="
                + URLEncoder.encode(username, StandardCharsets.UTF_8))).build();
    }
}
