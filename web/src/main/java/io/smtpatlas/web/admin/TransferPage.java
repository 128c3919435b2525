package io.smtpatlas.web.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.transfer.ImportPreview;
import io.smtpatlas.data.transfer.ImportProblem;
import io.smtpatlas.data.transfer.TextTransfer;
import io.smtpatlas.data.transfer.TransferFormat;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Export of a locale as XLIFF 2.0 or CSV; import of the same files, previewed row by row (rows changed since the
 * export are flagged and left unchosen) before the chosen rows are written. Only into languages this person edits.
 */
@Path("/admin")
@RolesAllowed({"admin", "translator"})
public class TransferPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(AdminContext ctx, List<SiteLocale> locales, List<TransferFormat> formats);

        static native TemplateInstance preview(
                AdminContext ctx,
                String lang,
                String localeName,
                ImportPreview preview,
                List<String> problems,
                List<Row> rows,
                String content);
    }

    /** One row of the preview, with the diff between the current text and the file's. */
    public record Row(ImportPreview.Change change, String field, List<WordDiff.Part> diff, boolean checked) {}

    private final TextTransfer transfer;
    private final CurrentEditor editor;

    public TransferPage(TextTransfer transfer, CurrentEditor editor) {
        this.transfer = transfer;
        this.editor = editor;
    }

    @GET
    @Path("transfer")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@QueryParam("imported") String imported, @QueryParam("skipped") String skipped) {
        AdminMessages messages = editor.messages();
        String notice = imported == null
                ? null
                : messages.transfer_applied(
                        AdminParams.count(imported), AdminParams.count(skipped == null ? "0" : skipped));
        return editor.page(Templates.show(
                editor.context(messages.transfer_title(), notice),
                editor.editableLocales(),
                List.of(TransferFormat.values())));
    }

    @GET
    @Path("export")
    public Response export(@QueryParam("lang") String lang, @QueryParam("format") String format) {
        SiteLocale locale = AdminParams.locale(lang);
        editor.requireEdit(locale);
        TransferFormat transferFormat = format(format);
        return Response.ok(transfer.export(locale, transferFormat).getBytes(StandardCharsets.UTF_8))
                .type(transferFormat.mediaType + "; charset=UTF-8")
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"smtp-atlas-" + locale.tag() + "." + transferFormat.extension + "\"")
                .build();
    }

    /** Reads an uploaded file and shows, row by row, what it would change; nothing is written yet. */
    @POST
    @Path("import")
    @Produces(MediaType.TEXT_HTML)
    public Response preview(@RestForm String lang, @RestForm("file") FileUpload file) {
        SiteLocale locale = AdminParams.locale(lang);
        editor.requireEdit(locale);
        List<ImportProblem> problems = new ArrayList<>();
        String content = "";
        if (file == null || file.size() == 0) {
            problems.add(new ImportProblem(ImportProblem.Kind.EMPTY, 0, ""));
        } else if (file.size() > TextTransfer.MAX_BYTES) {
            problems.add(new ImportProblem(ImportProblem.Kind.TOO_LARGE, 0, Long.toString(file.size())));
        } else {
            try {
                content = TextTransfer.decode(Files.readAllBytes(file.uploadedFile()), problems);
            } catch (IOException e) {
                problems.add(new ImportProblem(ImportProblem.Kind.MALFORMED, 0, e.getMessage()));
            }
        }
        ImportPreview preview = transfer.preview(locale, content, problems);
        AdminMessages messages = editor.messages();
        List<Row> rows = preview.changes().stream()
                .map(change -> new Row(
                        change,
                        AdminLabels.field(messages, change.field()),
                        WordDiff.between(change.before(), change.after()),
                        !change.changedSinceExport() && !preview.languageMismatch()))
                .toList();
        List<String> words = preview.problems().stream()
                .map(problem -> describe(messages, problem))
                .toList();
        TemplateInstance page = editor.page(Templates.preview(
                editor.context(messages.transfer_preview_title(), null),
                locale.tag(),
                locale.nativeName(),
                preview,
                words,
                rows,
                content));
        return Response.status(words.isEmpty() ? 200 : 400).entity(page).build();
    }

    @POST
    @Path("import/apply")
    public Response apply(@RestForm String lang, @RestForm String content, @RestForm List<String> choice) {
        SiteLocale locale = AdminParams.locale(lang);
        editor.requireEdit(locale);
        TextTransfer.Applied applied;
        try {
            applied = transfer.apply(
                    locale,
                    content == null ? "" : content,
                    new HashSet<>(choice == null ? List.of() : choice),
                    editor.name());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        return Response.seeOther(
                        URI.create("/admin/transfer?imported=" + applied.imported() + "&skipped=" + applied.skipped()))
                .build();
    }

    static String describe(AdminMessages messages, ImportProblem problem) {
        String text = switch (problem.kind()) {
            case TOO_LARGE -> messages.import_too_large(TextTransfer.MAX_BYTES / (1024 * 1024));
            case NOT_UTF8 -> messages.import_not_utf8();
            case MALFORMED -> messages.import_malformed(problem.detail());
            case NO_LANGUAGE -> messages.import_no_language(problem.detail());
            case UNKNOWN_CODE -> messages.import_unknown_code(problem.detail());
            case UNKNOWN_FIELD -> messages.import_unknown_field(problem.detail());
            case TOO_LONG -> messages.import_too_long(problem.detail());
            case EMPTY -> messages.import_empty();
        };
        return problem.line() > 0 ? messages.import_line(problem.line(), text) : text;
    }

    private static TransferFormat format(String format) {
        try {
            return TransferFormat.fromName(format == null ? "" : format);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }
}
