package io.smtpatlas.web.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.transfer.ImportPreview;
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
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Export of a locale as JSON or CSV; import of the same files, previewed before anything is written. */
@Path("/admin")
@RolesAllowed({"admin", "translator"})
public class TransferPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(AdminContext ctx, List<SiteLocale> locales, List<TransferFormat> formats);

        static native TemplateInstance preview(AdminContext ctx, String lang, String format, ImportPreview preview,
                String content);
    }

    private final TextTransfer transfer;
    private final CurrentEditor editor;

    public TransferPage(TextTransfer transfer, CurrentEditor editor) {
        this.transfer = transfer;
        this.editor = editor;
    }

    @GET
    @Path("transfer")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@QueryParam("imported") String imported) {
        return Templates.show(editor.context(editor.messages().transfer_title(),
                imported == null ? null : editor.messages().transfer_applied(AdminParams.count(imported))),
                List.of(SiteLocale.values()), List.of(TransferFormat.values()));
    }

    @GET
    @Path("export")
    public Response export(@QueryParam("lang") String lang, @QueryParam("format") String format) {
        SiteLocale locale = AdminParams.locale(lang);
        TransferFormat transferFormat = format(format);
        return Response.ok(transfer.export(locale, transferFormat))
                .type(transferFormat.mediaType + "; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"smtp-atlas-" + locale.tag() + "."
                        + transferFormat.extension + "\"")
                .build();
    }

    /** Reads an uploaded file and shows what it would change; nothing is written yet. */
    @POST
    @Path("import")
    @Produces(MediaType.TEXT_HTML)
    public Response preview(@RestForm String lang, @RestForm String format, @RestForm("file") FileUpload file) {
        SiteLocale locale = AdminParams.locale(lang);
        TransferFormat transferFormat = format(format);
        if (file == null) {
            throw new BadRequestException("Choose a file to import.");
        }
        String content = UploadedText.read(file.uploadedFile());
        ImportPreview preview = transfer.preview(locale, transferFormat, content);
        // A file that cannot be imported as it is answers 400, with its errors listed and its content kept.
        return Response.status(preview.errors().isEmpty() ? Response.Status.OK : Response.Status.BAD_REQUEST)
                .entity(Templates.preview(editor.context(editor.messages().transfer_preview_title(), null),
                        locale.tag(), transferFormat.extension, preview, content)).build();
    }

    @POST
    @Path("import/apply")
    public Response apply(@RestForm String lang, @RestForm String format, @RestForm String content) {
        SiteLocale locale = AdminParams.locale(lang);
        int count;
        try {
            count = transfer.apply(locale, format(format), content == null ? "" : content, editor.name());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        return Response.seeOther(URI.create("/admin/transfer?imported=" + count)).build();
    }

    private static TransferFormat format(String format) {
        try {
            return TransferFormat.fromName(format == null ? "" : format);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }
}
