package io.smtpatlas.web.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.user.AppUser;
import io.smtpatlas.data.user.UserService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * /admin/users: admins create accounts, assign each translator's languages, disable and enable accounts, and set a
 * new password; translators get the 403 page.
 */
@Path("/admin/users")
@RolesAllowed("admin")
@Produces(MediaType.TEXT_HTML)
public class UsersPage {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(
                AdminContext ctx,
                List<UserRow> users,
                List<String> roles,
                List<SiteLocale> languages,
                List<SiteLocale> uiLocales,
                String error,
                String username);
    }

    /** One account as the table shows it. */
    public record UserRow(
            String username,
            String role,
            boolean admin,
            boolean disabled,
            String created,
            List<SiteLocale> languages,
            boolean self) {

        public boolean has(SiteLocale locale) {
            return languages.contains(locale);
        }
    }

    private static final List<String> ROLES = List.of(AppUser.TRANSLATOR, AppUser.ADMIN);
    private static final List<SiteLocale> TRANSLATED = java.util.Arrays.stream(SiteLocale.values())
            .filter(locale -> locale != SiteLocale.SOURCE)
            .toList();

    private final UserService users;
    private final CurrentEditor editor;

    public UsersPage(UserService users, CurrentEditor editor) {
        this.users = users;
        this.editor = editor;
    }

    @GET
    public TemplateInstance show(@QueryParam("done") String done, @QueryParam("name") String name) {
        return page(notice(done, name == null ? "" : name), null, "");
    }

    @POST
    public Response create(
            @RestForm String username,
            @RestForm String password,
            @RestForm String role,
            @RestForm List<String> languages,
            @RestForm String uiLocale) {
        try {
            AppUser user = users.create(username, password, role, locales(languages));
            users.setUiLocale(user.username, uiLocale == null ? SiteLocale.SOURCE : AdminParams.locale(uiLocale));
        } catch (IllegalArgumentException e) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(page(null, e.getMessage(), username == null ? "" : username))
                    .build();
        }
        return done("created", username);
    }

    @POST
    @Path("{username}/languages")
    public Response languages(@PathParam("username") String username, @RestForm List<String> languages) {
        users.assignLanguages(username, locales(languages));
        return done("languages", username);
    }

    @POST
    @Path("{username}/disabled")
    public Response disabled(@PathParam("username") String username, @RestForm String disabled) {
        try {
            users.setDisabled(username, "true".equals(disabled), editor.name());
        } catch (IllegalArgumentException e) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(page(null, e.getMessage(), ""))
                    .build();
        }
        return done("true".equals(disabled) ? "disabled" : "enabled", username);
    }

    @POST
    @Path("{username}/password")
    public Response password(@PathParam("username") String username, @RestForm String password) {
        try {
            users.resetPassword(username, password);
        } catch (IllegalArgumentException e) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(page(null, e.getMessage(), ""))
                    .build();
        }
        return done("password", username);
    }

    private TemplateInstance page(String notice, String error, String username) {
        List<UserRow> rows = users.all().stream()
                .map(user -> new UserRow(
                        user.username,
                        user.role,
                        user.isAdmin(),
                        user.disabled,
                        DATE.format(user.createdAt),
                        user.assignedLocales(),
                        user.username.equals(editor.name())))
                .toList();
        return editor.page(Templates.show(
                editor.context(editor.messages().users_title(), notice),
                rows,
                ROLES,
                TRANSLATED,
                List.of(SiteLocale.values()),
                error,
                username));
    }

    private String notice(String done, String name) {
        AdminMessages messages = editor.messages();
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "created" -> messages.users_created_message(name);
            case "languages" -> messages.users_languages_saved(name);
            case "disabled" -> messages.users_disabled_message(name);
            case "enabled" -> messages.users_enabled_message(name);
            case "password" -> messages.users_password_message(name);
            default -> null;
        };
    }

    private static List<SiteLocale> locales(List<String> tags) {
        return tags == null ? List.of() : tags.stream().map(AdminParams::locale).toList();
    }

    private static Response done(String what, String username) {
        return Response.seeOther(URI.create(
                        "/admin/users?done=" + what + "&name=" + URLEncoder.encode(username, StandardCharsets.UTF_8)))
                .build();
    }
}
