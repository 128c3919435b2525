package io.smtpatlas.web.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smtpatlas.data.translation.LocaleProgress;
import io.smtpatlas.data.translation.TranslationProgress;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** /admin: per locale, how many texts are missing, draft, in review, approved and outdated. */
@Path("/admin")
@RolesAllowed({"admin", "translator"})
public class DashboardPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(AdminContext ctx, List<LocaleProgress> progress);
    }

    private final TranslationProgress progress;
    private final CurrentEditor editor;

    public DashboardPage(TranslationProgress progress, CurrentEditor editor) {
        this.progress = progress;
        this.editor = editor;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show() {
        return Templates.show(editor.context(editor.messages().layout_dashboard(), null), progress.byLocale());
    }
}
