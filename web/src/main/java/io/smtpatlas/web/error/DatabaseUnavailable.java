package io.smtpatlas.web.error;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The admin area's answer while the database cannot be reached: 503, a clear sentence, and the text the person
 * typed in a form that sends it again, so an outage never costs them their work.
 */
public final class DatabaseUnavailable {

    /** What a failed save sends back: where to post it again, and what was typed in each field. */
    public record KeptText(String action, String status, String lang, List<KeptField> fields) {}

    /** One typed field, under the form names the editor posts. */
    public record KeptField(String bodyName, String versionName, String label, String version, String text) {}

    @CheckedTemplate(basePath = "ErrorPage")
    static class Templates {
        static native TemplateInstance databaseUnavailable(KeptText kept);
    }

    private static final String RETRY_AFTER_SECONDS = "5";

    private DatabaseUnavailable() {}

    public static Response page(KeptText kept) {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(Templates.databaseUnavailable(kept).render())
                .build();
    }
}
