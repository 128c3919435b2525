package io.smtpatlas.web.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.code.SmtpCode;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.translation.CodeText;
import io.smtpatlas.data.translation.TextField;
import io.smtpatlas.data.translation.TextState;
import io.smtpatlas.data.translation.TranslationProgress;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finding a code to work on: /admin/codes?lang=fr&q=mailbox searches codes by number or title (English or the
 * target language); /admin/next?lang=fr&state=missing&after=550 jumps to the next code with work of that kind.
 */
@Path("/admin")
@RolesAllowed({"admin", "translator"})
@Produces(MediaType.TEXT_HTML)
public class CodePickerPage {

    private static final int MAX_RESULTS = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(
                AdminContext ctx, String lang, String query, List<SiteLocale> locales, List<Match> matches);
    }

    /** A code found: its number, its English title and its title in the chosen language. */
    public record Match(String code, String englishTitle, String title) {}

    private final Catalog catalog;
    private final TranslationProgress progress;
    private final CurrentEditor editor;

    public CodePickerPage(Catalog catalog, TranslationProgress progress, CurrentEditor editor) {
        this.catalog = catalog;
        this.progress = progress;
        this.editor = editor;
    }

    @GET
    @Path("codes")
    @Transactional
    public TemplateInstance show(@QueryParam("lang") String lang, @QueryParam("q") String q) {
        SiteLocale locale = lang == null || lang.isBlank() ? defaultLocale() : AdminParams.locale(lang);
        editor.requireEdit(locale);
        String query = q == null ? "" : q.strip();
        return editor.page(Templates.show(
                editor.context(editor.messages().picker_title(), null),
                locale.tag(),
                query,
                editor.editableLocales(),
                query.isEmpty() ? List.of() : find(locale, query)));
    }

    @GET
    @Path("next")
    public Response next(
            @QueryParam("lang") String lang, @QueryParam("state") String state, @QueryParam("after") String after) {
        SiteLocale locale = AdminParams.locale(lang);
        editor.requireEdit(locale);
        TextState textState;
        try {
            textState = TextState.fromKey(state == null ? "" : state);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("state must be missing, draft, in-review, approved or outdated");
        }
        return progress.next(locale, textState, after == null ? "" : after)
                .map(code -> Response.seeOther(URI.create(TranslationEditorPage.editorPath(code, locale))))
                .orElseGet(() -> Response.seeOther(
                        URI.create("/admin/translations?lang=" + locale.tag() + "&state=" + textState.key())))
                .build();
    }

    private SiteLocale defaultLocale() {
        List<SiteLocale> mine = editor.editableLocales();
        return mine.stream()
                .filter(locale -> locale != SiteLocale.SOURCE)
                .findFirst()
                .orElse(mine.isEmpty() ? SiteLocale.FR : mine.get(0));
    }

    /** Exact code first, then codes starting with the query, then titles containing it. */
    private List<Match> find(SiteLocale locale, String query) {
        Map<String, String> english = titles(SiteLocale.SOURCE);
        Map<String, String> translated = titles(locale);
        String needle = query.toLowerCase(Locale.ROOT);
        List<Match> exact = new ArrayList<>();
        List<Match> prefix = new ArrayList<>();
        List<Match> title = new ArrayList<>();
        for (SmtpCode code : catalog.all()) {
            Match match =
                    new Match(code.id(), english.getOrDefault(code.id(), ""), translated.getOrDefault(code.id(), ""));
            if (code.id().equals(query)) {
                exact.add(match);
            } else if (code.id().startsWith(query)) {
                prefix.add(match);
            } else if (match.englishTitle().toLowerCase(Locale.ROOT).contains(needle)
                    || match.title().toLowerCase(locale.toLocale()).contains(needle)) {
                title.add(match);
            }
        }
        List<Match> all = new ArrayList<>(exact);
        all.addAll(prefix);
        all.addAll(title);
        return all.stream().limit(MAX_RESULTS).toList();
    }

    private static Map<String, String> titles(SiteLocale locale) {
        Map<String, String> titles = new HashMap<>();
        CodeText.<CodeText>list("locale = ?1 and field = ?2", locale.tag(), TextField.TITLE)
                .forEach(text -> titles.put(text.code, text.body));
        return titles;
    }
}
