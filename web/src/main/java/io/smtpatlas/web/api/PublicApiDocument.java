package io.smtpatlas.web.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.smtpatlas.core.locale.SiteLocale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Makes /q/openapi the contract of the public JSON API and nothing else: every path under /api (whatever resource
 * declares it) is listed once under its stable /api/v1 path; pages, sitemaps and admin forms are left out. Every
 * operation is marked public (no authentication), every {@code lang} parameter lists the site's locales, and every
 * 4xx answer carries the JSON error schema. Servers and contact come from this deployment's ATLAS_BASE_URL.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUN)
public class PublicApiDocument implements OASFilter {

    static final String ERROR_SCHEMA = "Error";
    static final String JSON = "application/json";

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        Map<String, PathItem> api = new TreeMap<>();
        openApi.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith(ApiVersions.CURRENT + "/")) {
                api.put(path, item);
            } else if (path.startsWith(ApiVersions.UNVERSIONED + "/")) {
                api.put(ApiVersions.CURRENT + path.substring(ApiVersions.UNVERSIONED.length()), item);
            }
        });
        openApi.getPaths().setPathItems(api);
        api.values().forEach(item -> item.getOperations().values().forEach(PublicApiDocument::describe));
        keepUsedSchemas(openApi);
        keepUsedTags(openApi, api.values());
        String baseUrl = ConfigProvider.getConfig().getValue("atlas.site.base-url", String.class);
        openApi.setServers(
                List.of(OASFactory.createServer().url(baseUrl).description("This deployment of SMTP Atlas")));
        openApi.getInfo()
                .setContact(OASFactory.createContact().name("SMTP Atlas").url(baseUrl + "/"));
    }

    private static void describe(Operation operation) {
        // Public: an explicitly empty requirement, not a missing one.
        operation.setSecurity(List.of());
        if (operation.getParameters() != null) {
            operation.getParameters().stream()
                    .filter(p -> p.getIn() == Parameter.In.QUERY && "lang".equals(p.getName()))
                    .forEach(PublicApiDocument::describeLang);
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().forEach((status, response) -> {
                if (status.startsWith("4")) {
                    withErrorSchema(response);
                }
            });
        }
    }

    private static void describeLang(Parameter lang) {
        Schema schema = OASFactory.createSchema()
                .addType(Schema.SchemaType.STRING)
                .enumeration(Arrays.stream(SiteLocale.values())
                        .<Object>map(SiteLocale::tag)
                        .toList())
                .defaultValue(SiteLocale.SOURCE.tag());
        lang.setSchema(schema);
        if (lang.getDescription() == null) {
            lang.setDescription("The language of the texts. Fields not yet translated are in English and listed "
                    + "in `fallback` where the answer has it.");
        }
    }

    private static void withErrorSchema(APIResponse response) {
        Content content = response.getContent();
        if (content == null
                || content.getMediaTypes() == null
                || content.getMediaTypes().isEmpty()) {
            response.setContent(OASFactory.createContent()
                    .addMediaType(
                            JSON,
                            OASFactory.createMediaType()
                                    .schema(OASFactory.createSchema().ref(ERROR_SCHEMA))));
        }
    }

    private static void keepUsedTags(OpenAPI openApi, Collection<PathItem> api) {
        if (openApi.getTags() == null) {
            return;
        }
        Set<String> used = new HashSet<>();
        api.forEach(item -> item.getOperations().values().stream()
                .filter(op -> op.getTags() != null)
                .forEach(op -> used.addAll(op.getTags())));
        openApi.setTags(openApi.getTags().stream()
                .filter(tag -> used.contains(tag.getName()))
                .toList());
    }

    /** Drops the schemas that only the left-out pages and forms used. */
    private static void keepUsedSchemas(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        Set<String> used = new HashSet<>();
        List<Object> pending = new ArrayList<>(openApi.getPaths().getPathItems().values().stream()
                .flatMap(item -> item.getOperations().values().stream())
                .flatMap(PublicApiDocument::schemasOf)
                .toList());
        while (!pending.isEmpty()) {
            Object node = pending.remove(pending.size() - 1);
            if (node instanceof Schema schema) {
                String ref = schema.getRef();
                if (ref != null) {
                    String name = ref.substring(ref.lastIndexOf('/') + 1);
                    if (used.add(name) && schemas.containsKey(name)) {
                        pending.add(schemas.get(name));
                    }
                }
                pending.addAll(schema.getAll().values());
            } else if (node instanceof Map<?, ?> map) {
                pending.addAll(map.values());
            } else if (node instanceof Collection<?> list) {
                pending.addAll(list);
            }
        }
        Map<String, Schema> kept = new TreeMap<>(schemas);
        kept.keySet().retainAll(used);
        openApi.getComponents().setSchemas(kept);
    }

    private static Stream<Schema> schemasOf(Operation operation) {
        Stream<Schema> parameters = operation.getParameters() == null
                ? Stream.empty()
                : operation.getParameters().stream().map(Parameter::getSchema);
        Stream<Content> contents = Stream.concat(
                operation.getRequestBody() == null
                        ? Stream.empty()
                        : Stream.of(operation.getRequestBody().getContent()),
                operation.getResponses() == null || operation.getResponses().getAPIResponses() == null
                        ? Stream.empty()
                        : operation.getResponses().getAPIResponses().values().stream()
                                .map(APIResponse::getContent));
        Stream<Schema> bodies = contents.filter(c -> c != null && c.getMediaTypes() != null)
                .flatMap(c -> c.getMediaTypes().values().stream())
                .map(m -> m.getSchema());
        return Stream.concat(parameters, bodies).filter(s -> s != null);
    }
}
