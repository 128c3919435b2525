package io.smtpatlas.web.explain;

import io.smtpatlas.core.diagnosis.Diagnosis;
import io.smtpatlas.core.diagnosis.RecipientDiagnosis;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.web.api.ApiLocale;
import io.smtpatlas.web.error.ApiError;
import io.smtpatlas.web.site.SiteConfig;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** POST /api/explain: the explainer for tools. The body is the raw bounce; nothing of it is stored or logged. */
@Path("/api/explain")
public class ExplainApi {

    private final BounceExplainer explainer;
    private final DiagnosisViews views;
    private final SiteConfig site;

    public ExplainApi(BounceExplainer explainer, DiagnosisViews views, SiteConfig site) {
        this.explainer = explainer;
        this.views = views;
        this.site = site;
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, "message/rfc822", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "explainBounce",
            summary = "Diagnose a bounce",
            description = "Reads a whole bounce message (MIME, with headers), the body of a non-delivery report, an"
                    + " SMTP transcript, a log line or a single reply line, and answers one entry per recipient:"
                    + " the codes and server text as sent, the reason, whether the sender retries, and what to do"
                    + " in the requested language. Up to 1 MB; nothing sent is stored or logged.")
    @RequestBody(
            required = true,
            description = "The pasted text, as raw bytes (any charset a MIME message declares)",
            content = {
                @Content(
                        mediaType = MediaType.TEXT_PLAIN,
                        schema = @Schema(type = SchemaType.STRING),
                        examples =
                                @ExampleObject(
                                        name = "reply",
                                        value = "550 5.1.1 <jane@example.com>: Recipient "
                                                + "address rejected: User unknown in local recipient table")),
                @Content(mediaType = "message/rfc822", schema = @Schema(type = SchemaType.STRING)),
                @Content(
                        mediaType = MediaType.APPLICATION_OCTET_STREAM,
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(
            responseCode = "200",
            description = "The diagnosis (kind \"unrecognized\" and no recipients when"
                    + " nothing in the text reads as a bounce)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ExplainJson.class)))
    @APIResponse(
            responseCode = "400",
            description = "Empty body, or a lang that is not a site locale",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(
            responseCode = "413",
            description = "Body larger than 1 MB",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(
            responseCode = "415",
            description = "A body type other than text/plain, message/rfc822 or" + " application/octet-stream")
    public ExplainJson explain(
            @Parameter(description = "Language of the texts: en, fr, vi, de, es, pt, ja or zh (default en)")
                    @QueryParam("lang")
                    String lang,
            byte[] body) {
        SiteLocale locale = ApiLocale.of(lang);
        Diagnosis diagnosis = explainer.explain(PastedText.check(body));
        return json(diagnosis, locale);
    }

    ExplainJson json(Diagnosis diagnosis, SiteLocale locale) {
        List<ExplainJson.Recipient> recipients = new ArrayList<>();
        for (RecipientDiagnosis recipient : diagnosis.recipients()) {
            RecipientView view = views.recipient(recipient, locale, ExplainTexts.of(locale));
            List<String> whatToDo = new ArrayList<>(view.steps());
            if (view.provider() != null) {
                whatToDo.add(view.provider().fix());
            }
            recipients.add(new ExplainJson.Recipient(
                    recipient.recipient(),
                    recipient.status(),
                    recipient.replyCode(),
                    recipient.reason().id(),
                    recipient.retry().id(),
                    recipient.remoteMta(),
                    recipient.command() == null ? null : recipient.command().name(),
                    recipient.diagnostic(),
                    recipient.providerIfKnown().map(provider -> provider.id()).orElse(null),
                    view.reasonLabel(),
                    view.summary(),
                    whatToDo,
                    new ExplainJson.Links(
                            absolute(view.status()), absolute(view.replyCode()), absolute(view.compare()))));
        }
        return new ExplainJson(locale.tag(), diagnosis.kind().id(), recipients);
    }

    private String absolute(CodeRef ref) {
        return ref == null || ref.url() == null ? null : site.baseUrl() + ref.url();
    }
}
