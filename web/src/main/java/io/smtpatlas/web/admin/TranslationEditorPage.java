package io.smtpatlas.web.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.DatabaseFailure;
import io.smtpatlas.data.content.ContentKeys;
import io.smtpatlas.data.translation.CodeText;
import io.smtpatlas.data.translation.OwnWorkException;
import io.smtpatlas.data.translation.StaleTextException;
import io.smtpatlas.data.translation.TextField;
import io.smtpatlas.data.translation.TextRevision;
import io.smtpatlas.data.translation.TextRules;
import io.smtpatlas.data.translation.TextState;
import io.smtpatlas.data.translation.TextStatus;
import io.smtpatlas.data.translation.TranslationProgress;
import io.smtpatlas.data.translation.TranslationService;
import io.smtpatlas.web.error.DatabaseUnavailable;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/**
 * /admin/translations/{code}/{lang}: every field of a code in a locale in one form with one Save, the English source
 * beside each text, what changed in English since the translation, and what waits for approval. Each field carries
 * its version: a save against a stale version answers 409, keeps what was typed and shows the other text.
 */
@Path("/admin/translations/{code}/{lang}")
@RolesAllowed({"admin", "translator"})
@Produces(MediaType.TEXT_HTML)
public class TranslationEditorPage {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(
                AdminContext ctx,
                String code,
                String lang,
                String localeName,
                String title,
                List<FieldEditor> fields,
                boolean anyApprovable);

        static native TemplateInstance history(
                AdminContext ctx,
                String code,
                String lang,
                String field,
                String label,
                long version,
                List<HistoryEntry> entries);
    }

    /** One revision in the history, with what it changed. */
    public record HistoryEntry(String heading, List<WordDiff.Part> diff, int revision, boolean current) {}

    private final TranslationService translations;
    private final TranslationProgress progress;
    private final Catalog catalog;
    private final CurrentEditor editor;

    public TranslationEditorPage(
            TranslationService translations, TranslationProgress progress, Catalog catalog, CurrentEditor editor) {
        this.translations = translations;
        this.progress = progress;
        this.catalog = catalog;
        this.editor = editor;
    }

    @GET
    public TemplateInstance show(
            @PathParam("code") String code,
            @PathParam("lang") String lang,
            @QueryParam("saved") String saved,
            @QueryParam("approved") String approved) {
        SiteLocale locale = open(code, lang);
        String notice = saved != null
                ? editor.messages().editor_saved(AdminParams.count(saved))
                : approved != null ? editor.messages().editor_approved(AdminParams.count(approved)) : null;
        return page(code, locale, fields(code, locale), notice);
    }

    /** The one Save: every field of the form, as a draft or submitted for review. */
    @POST
    public Response save(@PathParam("code") String code, @PathParam("lang") String lang, @BeanParam EditorForm form) {
        SiteLocale locale = open(code, lang);
        TextStatus status = form.submit() ? TextStatus.IN_REVIEW : TextStatus.DRAFT;
        Map<TextField, String> typed = form.typed();
        List<TextField> stored;
        try {
            stored = translations.saveAll(code, locale, form.edits(), status, editor.name());
        } catch (TextRules.TextTooLongException e) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(page(code, locale, typedFields(code, locale, typed, form.versions(), e), null))
                    .build();
        } catch (TextRules.InvalidTextException e) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(page(code, locale, typedFields(code, locale, typed, form.versions(), e), e.getMessage()))
                    .build();
        } catch (StaleTextException e) {
            return Response.status(Response.Status.CONFLICT)
                    .entity(page(
                            code,
                            locale,
                            typedFields(code, locale, typed, form.versions(), e),
                            editor.messages().editor_conflict()))
                    .build();
        } catch (RuntimeException e) {
            // Another save of the same text committed first (both passed the version check), or the database is
            // unreachable: the merge page, or a 503 page holding the typed texts in a form that sends them again.
            DatabaseFailure failure = DatabaseFailure.of(e);
            if (failure == DatabaseFailure.CONFLICT) {
                return Response.status(Response.Status.CONFLICT)
                        .entity(page(
                                code,
                                locale,
                                typedFields(code, locale, typed, form.versions(), e),
                                editor.messages().editor_conflict()))
                        .build();
            }
            if (failure == DatabaseFailure.UNAVAILABLE) {
                Map<TextField, Long> versions = form.versions();
                List<DatabaseUnavailable.KeptField> kept = new ArrayList<>();
                typed.forEach((field, text) -> kept.add(new DatabaseUnavailable.KeptField(
                        "body-" + field.key(),
                        "version-" + field.key(),
                        field.key(),
                        String.valueOf(versions.get(field)),
                        text)));
                return DatabaseUnavailable.page(new DatabaseUnavailable.KeptText(
                        editorPath(code, locale), form.submit() ? "review" : "draft", locale.tag(), kept));
            }
            throw e;
        }
        // POST, redirect, GET: a reload never posts twice.
        return Response.seeOther(URI.create(editorPath(code, locale) + "?saved=" + stored.size()))
                .build();
    }

    /** Approves one field ({@code field=title}) or every field this person may approve ({@code field=*}). */
    @POST
    @Path("approve")
    public Response approve(
            @PathParam("code") String code,
            @PathParam("lang") String lang,
            @RestForm String field,
            @BeanParam EditorForm form) {
        SiteLocale locale = open(code, lang);
        Map<TextField, Long> versions = form.versions();
        List<TextField> chosen = "*".equals(field) ? List.of(TextField.values()) : List.of(AdminParams.field(field));
        int approved = 0;
        for (TextField each : chosen) {
            CodeText text = translations.find(code, locale, each).orElse(null);
            if ("*".equals(field) && !translations.mayApprove(text, editor.name(), editor.isAdmin())) {
                continue;
            }
            try {
                translations.approve(code, locale, each, versions.get(each), editor.name(), editor.isAdmin());
                approved++;
            } catch (OwnWorkException e) {
                return refused(
                        Response.Status.FORBIDDEN,
                        code,
                        locale,
                        each,
                        editor.messages().editor_own_work());
            } catch (StaleTextException e) {
                return refused(
                        Response.Status.CONFLICT,
                        code,
                        locale,
                        each,
                        editor.messages().editor_stale_approve());
            }
        }
        return Response.seeOther(URI.create(editorPath(code, locale) + "?approved=" + approved))
                .build();
    }

    @GET
    @Path("{field}/history")
    public TemplateInstance history(
            @PathParam("code") String code, @PathParam("lang") String lang, @PathParam("field") String fieldKey) {
        SiteLocale locale = open(code, lang);
        TextField field = AdminParams.field(fieldKey);
        CodeText text = translations.find(code, locale, field).orElse(null);
        AdminMessages messages = editor.messages();
        List<HistoryEntry> entries = new ArrayList<>();
        if (text != null) {
            for (TextRevision revision : translations.history(text)) {
                entries.add(new HistoryEntry(
                        messages.history_entry(
                                revision.revision,
                                AdminLabels.action(messages, revision.action),
                                revision.changedBy,
                                WHEN.format(revision.changedAt)),
                        WordDiff.between(revision.bodyBefore, revision.body),
                        revision.revision,
                        revision.body.equals(text.body)));
            }
        }
        String label = AdminLabels.field(messages, field);
        return editor.page(Templates.history(
                editor.context(messages.history_page_title(code, label), null),
                code,
                locale.tag(),
                field.key(),
                label,
                text == null ? TranslationService.NEW_TEXT : text.version,
                entries));
    }

    @POST
    @Path("{field}/revert")
    public Response revert(
            @PathParam("code") String code,
            @PathParam("lang") String lang,
            @PathParam("field") String fieldKey,
            @RestForm String revision,
            @RestForm String version) {
        SiteLocale locale = open(code, lang);
        TextField field = AdminParams.field(fieldKey);
        int target;
        try {
            target = Integer.parseInt(revision == null ? "" : revision.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException("The form has no valid revision.");
        }
        try {
            translations.revert(code, locale, field, target, AdminParams.version(version), editor.name());
        } catch (StaleTextException e) {
            return Response.status(Response.Status.CONFLICT)
                    .entity(page(
                            code,
                            locale,
                            withError(
                                    fields(code, locale),
                                    field,
                                    editor.messages().editor_stale_history()),
                            null))
                    .build();
        }
        return Response.seeOther(URI.create(editorPath(code, locale) + "?saved=1#" + field.key()))
                .build();
    }

    static String editorPath(String code, SiteLocale locale) {
        return "/admin/translations/" + code + "/" + locale.tag();
    }

    /** The locale of the URL, refused with a 403 page unless this person may edit it. */
    private SiteLocale open(String code, String lang) {
        SiteLocale locale = AdminParams.locale(lang);
        ContentKeys.require(code, catalog);
        editor.requireEdit(locale);
        return locale;
    }

    private TemplateInstance page(String code, SiteLocale locale, List<FieldEditor> fields, String notice) {
        AdminMessages messages = editor.messages();
        AdminContext ctx = editor.context(messages.editor_title(code, locale.nativeName()), notice);
        String title = translations
                .find(code, SiteLocale.SOURCE, TextField.TITLE)
                .map(text -> text.publishedBody == null ? text.body : text.publishedBody)
                .orElse("");
        return editor.page(Templates.show(
                ctx,
                code,
                locale.tag(),
                locale.nativeName(),
                title,
                fields,
                fields.stream().anyMatch(FieldEditor::mayApprove)));
    }

    private List<FieldEditor> fields(String code, SiteLocale locale) {
        AdminMessages messages = editor.messages();
        Map<TextField, CodeText> english = translations.all(code, SiteLocale.SOURCE);
        Map<TextField, CodeText> current = locale == SiteLocale.SOURCE ? english : translations.all(code, locale);
        Map<TextField, TextState> states = progress.states(code, locale);
        List<FieldEditor> fields = new ArrayList<>();
        for (TextField field : TextField.values()) {
            CodeText text = current.get(field);
            String englishThen = text == null || text.sourceRevision == null
                    ? null
                    : translations.englishAt(code, field, text.sourceRevision).orElse(null);
            fields.add(FieldEditor.of(
                    field,
                    AdminLabels.field(messages, field),
                    english.get(field),
                    text,
                    states.get(field),
                    AdminLabels.state(messages, states.get(field)),
                    englishThen,
                    translations.mayApprove(text, editor.name(), editor.isAdmin())));
        }
        return fields;
    }

    /** The fields as typed, with the reason the save failed: too long, or changed by someone meanwhile. */
    private List<FieldEditor> typedFields(
            String code,
            SiteLocale locale,
            Map<TextField, String> typed,
            Map<TextField, Long> versions,
            RuntimeException failure) {
        Map<TextField, CodeText> current = translations.all(code, locale);
        List<FieldEditor> fields = new ArrayList<>();
        List<FieldEditor> fresh = fields(code, locale);
        for (int i = 0; i < fresh.size(); i++) {
            TextField field = TextField.values()[i];
            FieldEditor editorField = fresh.get(i);
            String text = typed.getOrDefault(field, editorField.text());
            CodeText now = current.get(field);
            if (now != null && now.version != versions.get(field) && !now.body.equals(text)) {
                fields.add(editorField.withConflict(text, now));
            } else if (failure instanceof TextRules.TextTooLongException tooLong
                    && text.length() > TextRules.MAX_LENGTH) {
                fields.add(editorField.withTyped(
                        text, editor.messages().editor_too_long(text.length(), TextRules.MAX_LENGTH)));
            } else {
                fields.add(editorField.withTyped(text, null));
            }
        }
        return fields;
    }

    /** The editor again, with the reason one field's approval was refused beside that field. */
    private Response refused(Response.Status status, String code, SiteLocale locale, TextField field, String reason) {
        return Response.status(status)
                .entity(page(code, locale, withError(fields(code, locale), field, reason), null))
                .build();
    }

    private static List<FieldEditor> withError(List<FieldEditor> fields, TextField field, String reason) {
        return fields.stream()
                .map(each -> each.key().equals(field.key()) ? each.withTyped(each.text(), reason) : each)
                .toList();
    }
}
