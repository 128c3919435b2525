package io.smtpatlas.web.error;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The admin area's answer while the database cannot be reached: 503, a clear sentence, and the text the person
 * typed in a form that sends it again, so an outage never costs them their work.
 */
public final class DatabaseUnavailable {

    /** What a failed save sends back: where to post it again, and what was typed. */
    public record KeptText(String action, String version, String status, String lang, String text) {
    }

    @CheckedTemplate(basePath = "ErrorPage")
    static class Templates {
        static native TemplateInstance databaseUnavailable(KeptText kept);
    }

    private static final String RETRY_AFTER_SECONDS = "5";

    private DatabaseUnavailable() {
    }

    public static Response page(KeptText kept) {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(Templates.databaseUnavailable(kept).render()).build();
    }
}
