package io.smtpatlas.web.admin;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.DatabaseFailure;
import io.smtpatlas.data.translation.CodeText;
import io.smtpatlas.data.translation.OwnWorkException;
import io.smtpatlas.data.translation.StaleTextException;
import io.smtpatlas.data.translation.TextField;
import io.smtpatlas.data.translation.TextRevision;
import io.smtpatlas.data.translation.TextRules;
import io.smtpatlas.data.translation.TextStatus;
import io.smtpatlas.data.translation.TranslationService;
import io.smtpatlas.web.error.DatabaseUnavailable;
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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * /admin/translations/{code}/{lang}: every field of a code in a locale, the English source beside the text. Each
 * field is its own form carrying the text's version: a save against a stale version answers 409 with both texts.
 */
@Path("/admin/translations/{code}/{lang}")
@RolesAllowed({"admin", "translator"})
@Produces(MediaType.TEXT_HTML)
public class TranslationEditorPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(AdminContext ctx, String code, String lang, String publicUrl,
                List<FieldEditor> fields);

        static native TemplateInstance conflict(AdminContext ctx, String code, String lang, String field,
                String yours, String current, String currentBy, long currentVersion);

        static native TemplateInstance history(AdminContext ctx, String code, String lang, String field,
                long version, List<HistoryEntry> entries);
    }

    /** One revision in the history, with what it changed. */
    public record HistoryEntry(String heading, List<WordDiff.Part> diff, int revision) {
    }

    private final TranslationService translations;
    private final Catalog catalog;
    private final CurrentEditor editor;

    public TranslationEditorPage(TranslationService translations, Catalog catalog, CurrentEditor editor) {
        this.translations = translations;
        this.catalog = catalog;
        this.editor = editor;
    }

    @GET
    public TemplateInstance show(@PathParam("code") String code, @PathParam("lang") String lang,
            @QueryParam("done") String done) {
        SiteLocale locale = AdminParams.locale(lang);
        catalog.require(code);
        return page(code, locale, fields(code, locale), done == null ? null : editor.messages().editor_saved());
    }

    @POST
    @Path("{field}")
    public Response save(@PathParam("code") String code, @PathParam("lang") String lang,
            @PathParam("field") String fieldKey, @RestForm String body, @RestForm String version,
            @RestForm String action) {
        SiteLocale locale = AdminParams.locale(lang);
        TextField field = AdminParams.field(fieldKey);
        catalog.require(code);
        String typed = body == null ? "" : body;
        TextStatus status = "review".equals(action) ? TextStatus.IN_REVIEW : TextStatus.DRAFT;
        try {
            translations.save(code, locale, field, typed, AdminParams.version(version), status, editor.name());
        } catch (TextRules.InvalidTextException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(page(code, locale,
                    fieldsWithTyped(code, locale, field, typed, e.getMessage()), null)).build();
        } catch (StaleTextException e) {
            return conflict(code, locale, field, typed, e.current());
        } catch (RuntimeException e) {
            return failedSave(e, code, locale, field, typed, version, status);
        }
        return backToEditor(code, locale, field);
    }

    private Response conflict(String code, SiteLocale locale, TextField field, String typed, CodeText current) {
        return Response.status(Response.Status.CONFLICT).entity(Templates.conflict(
                editor.context(editor.messages().conflict_page_title(code), null), code, locale.tag(), field.key(), typed,
                current.body, current.updatedBy, current.version)).build();
    }

    /**
     * A save that failed in the database: another save of the same text committed first (the version check passed
     * for both), or the database is unreachable. Either way the person keeps their text: the merge page, or a 503
     * page that sends it again.
     */
    private Response failedSave(RuntimeException e, String code, SiteLocale locale, TextField field, String typed,
            String version, TextStatus status) {
        DatabaseFailure failure = DatabaseFailure.of(e);
        if (failure == DatabaseFailure.CONFLICT) {
            try {
                CodeText current = QuarkusTransaction.requiringNew()
                        .call(() -> translations.find(code, locale, field).orElse(null));
                if (current != null) {
                    return conflict(code, locale, field, typed, current);
                }
            } catch (RuntimeException reread) {
                failure = DatabaseFailure.of(reread);
            }
        }
        if (failure == DatabaseFailure.UNAVAILABLE) {
            return DatabaseUnavailable.page(new DatabaseUnavailable.KeptText("/admin/translations/" + code + "/"
                    + locale.tag() + "/" + field.key(), version, status == TextStatus.IN_REVIEW ? "review" : "draft",
                    locale.tag(), typed));
        }
        throw e;
    }

    @POST
    @Path("{field}/approve")
    public Response approve(@PathParam("code") String code, @PathParam("lang") String lang,
            @PathParam("field") String fieldKey, @RestForm String version) {
        SiteLocale locale = AdminParams.locale(lang);
        TextField field = AdminParams.field(fieldKey);
        try {
            translations.approve(code, locale, field, AdminParams.version(version), editor.name(), editor.isAdmin());
        } catch (OwnWorkException e) {
            return Response.status(Response.Status.FORBIDDEN).entity(page(code, locale,
                    fieldsWithTyped(code, locale, field, null, e.getMessage()), null)).build();
        } catch (StaleTextException e) {
            return Response.status(Response.Status.CONFLICT).entity(page(code, locale,
                    fieldsWithTyped(code, locale, field, null, "The text changed since you opened it: read it again "
                            + "before approving."), null)).build();
        }
        return backToEditor(code, locale, field);
    }

    @GET
    @Path("{field}/history")
    public TemplateInstance history(@PathParam("code") String code, @PathParam("lang") String lang,
            @PathParam("field") String fieldKey) {
        SiteLocale locale = AdminParams.locale(lang);
        TextField field = AdminParams.field(fieldKey);
        CodeText text = translations.find(code, locale, field).orElse(null);
        List<HistoryEntry> entries = new ArrayList<>();
        if (text != null) {
            for (TextRevision revision : translations.history(text)) {
                entries.add(new HistoryEntry(editor.messages().history_entry(revision.revision,
                        revision.action.name().toLowerCase(), revision.changedBy, WHEN.format(revision.changedAt)),
                        WordDiff.between(revision.bodyBefore, revision.body), revision.revision));
            }
        }
        return Templates.history(editor.context(editor.messages().history_page_title(code, field.key()), null), code,
                locale.tag(), field.key(), text == null ? TranslationService.NEW_TEXT : text.version, entries);
    }

    @POST
    @Path("{field}/revert")
    public Response revert(@PathParam("code") String code, @PathParam("lang") String lang,
            @PathParam("field") String fieldKey, @RestForm String revision, @RestForm String version) {
        SiteLocale locale = AdminParams.locale(lang);
        TextField field = AdminParams.field(fieldKey);
        int target;
        try {
            target = Integer.parseInt(revision == null ? "" : revision.strip());
        } catch (NumberFormatException e) {
            throw new jakarta.ws.rs.BadRequestException("The form has no valid revision.");
        }
        try {
            translations.revert(code, locale, field, target, AdminParams.version(version), editor.name());
        } catch (StaleTextException e) {
            return Response.status(Response.Status.CONFLICT).entity(page(code, locale,
                    fieldsWithTyped(code, locale, field, null, "The text changed since you opened its history."),
                    null)).build();
        }
        return backToEditor(code, locale, field);
    }

    private TemplateInstance page(String code, SiteLocale locale, List<FieldEditor> fields, String notice) {
        AdminContext ctx = editor.context(editor.messages().editor_title(code, locale.tag()), notice);
        return Templates.show(ctx, code, locale.tag(), "/" + locale.tag() + "/smtp/" + code, fields);
    }

    private List<FieldEditor> fields(String code, SiteLocale locale) {
        List<FieldEditor> fields = new ArrayList<>();
        for (TextField field : TextField.values()) {
            fields.add(FieldEditor.of(field, translations.find(code, SiteLocale.SOURCE, field).orElse(null),
                    translations.find(code, locale, field).orElse(null)));
        }
        return fields;
    }

    private List<FieldEditor> fieldsWithTyped(String code, SiteLocale locale, TextField field, String typed,
            String reason) {
        return fields(code, locale).stream()
                .map(editorField -> editorField.key().equals(field.key())
                        ? editorField.withTyped(typed == null ? editorField.text() : typed, reason) : editorField)
                .toList();
    }

    // POST, redirect, GET: a reload never posts twice.
    private static Response backToEditor(String code, SiteLocale locale, TextField field) {
        return Response.seeOther(URI.create("/admin/translations/" + code + "/" + locale.tag() + "?done="
                + field.key() + "#" + field.key())).build();
    }
}
