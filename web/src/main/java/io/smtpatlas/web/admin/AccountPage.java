package io.smtpatlas.web.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smtpatlas.core.locale.SiteLocale;
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
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** /admin/account: each person picks the language of the admin area, and sees the languages they work in. */
@Path("/admin/account")
@RolesAllowed({"admin", "translator"})
@Produces(MediaType.TEXT_HTML)
public class AccountPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(
                AdminContext ctx, List<SiteLocale> locales, String current, List<SiteLocale> languages);
    }

    private final UserService users;
    private final CurrentEditor editor;

    public AccountPage(UserService users, CurrentEditor editor) {
        this.users = users;
        this.editor = editor;
    }

    @GET
    public TemplateInstance show(@QueryParam("saved") String saved) {
        AdminMessages messages = editor.messages();
        return editor.page(Templates.show(
                editor.context(messages.account_title(), saved == null ? null : messages.account_saved()),
                List.of(SiteLocale.values()),
                editor.uiLocale().tag(),
                editor.editableLocales()));
    }

    @POST
    public Response save(@RestForm String uiLocale) {
        users.setUiLocale(editor.name(), AdminParams.locale(uiLocale == null ? "" : uiLocale));
        return Response.seeOther(URI.create("/admin/account?saved")).build();
    }
}
