package io.smtpatlas.web.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.translation.LocaleProgress;
import io.smtpatlas.data.translation.TextState;
import io.smtpatlas.data.translation.TranslationProgress;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * /admin: per locale, how far the translation is (a bar of approved, outdated, in review and draft texts, and the
 * counts behind it), and the signed-in person's own work: their pending texts and the reviews waiting for them.
 */
@Path("/admin")
@RolesAllowed({"admin", "translator"})
public class DashboardPage {

    private static final int WORK_ITEMS = 25;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(
                AdminContext ctx, List<Row> progress, List<WorkRow> work, String pickerLang);
    }

    /** One language's progress, its counts as links, and whether this person may work on it. */
    public record Row(LocaleProgress progress, boolean mine, List<Count> counts) {}

    /** "Approved: 1170", linking to the list behind it. */
    public record Count(String state, String text) {}

    /** One item of "my work", with its words ready for the page. */
    public record WorkRow(
            String code,
            String lang,
            String localeName,
            String fieldKey,
            String field,
            String state,
            String stateLabel,
            String by,
            boolean own) {}

    private final TranslationProgress progress;
    private final CurrentEditor editor;

    public DashboardPage(TranslationProgress progress, CurrentEditor editor) {
        this.progress = progress;
        this.editor = editor;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show() {
        List<SiteLocale> mine = editor.editableLocales();
        AdminMessages messages = editor.messages();
        List<Row> rows = progress.byLocale().stream()
                .map(each -> new Row(
                        each,
                        mine.contains(each.locale()),
                        List.of(
                                count(messages, TextState.APPROVED, each.approved()),
                                count(messages, TextState.OUTDATED, each.outdated()),
                                count(messages, TextState.IN_REVIEW, each.inReview()),
                                count(messages, TextState.DRAFT, each.draft()),
                                count(messages, TextState.MISSING, each.missing()))))
                .toList();
        List<WorkRow> work = progress.work(editor.name(), mine, WORK_ITEMS).stream()
                .map(item -> {
                    TextState state = switch (item.status()) {
                        case DRAFT -> TextState.DRAFT;
                        case IN_REVIEW -> TextState.IN_REVIEW;
                        case APPROVED -> TextState.APPROVED;
                    };
                    return new WorkRow(
                            item.code(),
                            item.locale().tag(),
                            item.locale().nativeName(),
                            item.field().key(),
                            AdminLabels.field(messages, item.field()),
                            state.key(),
                            AdminLabels.state(messages, state),
                            item.updatedBy(),
                            item.updatedBy().equals(editor.name()));
                })
                .toList();
        String pickerLang = mine.stream()
                .filter(locale -> locale != SiteLocale.SOURCE)
                .findFirst()
                .or(() -> mine.stream().findFirst())
                .map(SiteLocale::tag)
                .orElse("");
        return editor.page(Templates.show(editor.context(messages.layout_dashboard(), null), rows, work, pickerLang));
    }

    private static Count count(AdminMessages messages, TextState state, int number) {
        return new Count(state.key(), messages.dashboard_count(AdminLabels.state(messages, state), number));
    }
}
