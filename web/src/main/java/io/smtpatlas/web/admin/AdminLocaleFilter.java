package io.smtpatlas.web.admin;

import io.quarkus.qute.TemplateInstance;
import io.smtpatlas.web.i18n.LocaleNegotiation;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Renders every admin page in the language its reader chose (the sign-in page in the browser's language), in one
 * place instead of in each resource method.
 */
public class AdminLocaleFilter {

    private final CurrentEditor editor;

    public AdminLocaleFilter(CurrentEditor editor) {
        this.editor = editor;
    }

    @ServerResponseFilter
    public void localize(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof TemplateInstance page
                && request.getUriInfo().getPath().startsWith("/admin")) {
            page.setLocale(editor.isSignedIn() ? editor.uiLocale().toLocale()
                    : LocaleNegotiation.choose(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)).toLocale());
        }
    }
}
