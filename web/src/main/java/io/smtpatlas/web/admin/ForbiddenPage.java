package io.smtpatlas.web.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smtpatlas.core.locale.SiteLocale;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A 403 in the admin area is a page in the reader's language that says what they may do instead: which languages
 * are theirs, and that English is edited by admins.
 */
public class ForbiddenPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(AdminContext ctx, String reason, List<SiteLocale> languages);
    }

    private final CurrentEditor editor;

    public ForbiddenPage(CurrentEditor editor) {
        this.editor = editor;
    }

    // A role check can fail on the event loop, before the request reaches a worker; the page reads the account.
    @ServerExceptionMapper({jakarta.ws.rs.ForbiddenException.class, io.quarkus.security.ForbiddenException.class})
    public Uni<Response> forbidden(RuntimeException e) {
        return Uni.createFrom().item(() -> page(e)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private Response page(RuntimeException e) {
        if (!editor.isSignedIn()) {
            return Response.status(Response.Status.FORBIDDEN).build();
        }
        AdminMessages messages = editor.messages();
        String reason;
        if (e instanceof CurrentEditor.NotYourLanguageException language) {
            reason = language.locale() == SiteLocale.SOURCE
                    ? messages.forbidden_source()
                    : messages.forbidden_language(language.locale().nativeName());
        } else {
            reason = messages.forbidden_admin_only();
        }
        TemplateInstance page = Templates.show(
                        editor.context(messages.forbidden_title(), null).withoutForms(),
                        reason,
                        editor.editableLocales())
                .setLocale(editor.uiLocale().toLocale());
        return Response.status(Response.Status.FORBIDDEN)
                .type(MediaType.TEXT_HTML_TYPE + ";charset=UTF-8")
                .entity(page.render())
                .build();
    }
}
