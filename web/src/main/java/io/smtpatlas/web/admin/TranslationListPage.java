package io.smtpatlas.web.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.translation.TextState;
import io.smtpatlas.data.translation.TranslationProgress;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** /admin/translations?lang=fr&state=outdated: the texts behind one number of the dashboard. */
@Path("/admin/translations")
@RolesAllowed({"admin", "translator"})
public class TranslationListPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(AdminContext ctx, String lang, String heading, List<Row> entries);
    }

    /** One text of the list, with the field's human label. */
    public record Row(String code, String fieldKey, String field) {}

    private final TranslationProgress progress;
    private final CurrentEditor editor;

    public TranslationListPage(TranslationProgress progress, CurrentEditor editor) {
        this.progress = progress;
        this.editor = editor;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@QueryParam("lang") String lang, @QueryParam("state") String state) {
        SiteLocale locale = AdminParams.locale(lang);
        TextState textState;
        try {
            textState = TextState.fromKey(state == null ? "" : state);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("state must be missing, draft, in-review, approved or outdated");
        }
        AdminMessages messages = editor.messages();
        String heading = messages.list_title(AdminLabels.state(messages, textState), locale.nativeName());
        List<Row> rows = progress.list(locale, textState).stream()
                .map(entry -> new Row(entry.code(), entry.field().key(), AdminLabels.field(messages, entry.field())))
                .toList();
        return editor.page(Templates.show(editor.context(heading, null), locale.tag(), heading, rows));
    }
}
