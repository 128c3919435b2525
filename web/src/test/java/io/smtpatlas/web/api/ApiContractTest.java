package io.smtpatlas.web.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document is the contract: it lists the public JSON API and nothing else, and every operation in it
 * answers as it says. Each operation is called with the examples the document gives (a valid request) and with a
 * broken parameter (a 4xx), and each answer is checked against the document: a documented status, a documented
 * content type, and a body that validates against the documented schema (required properties, types, enums).
 * Writes the document to target/openapi/openapi.json, which CI lints with Redocly (redocly.yaml).
 */
@QuarkusTest
class ApiContractTest {

    static final Path WRITTEN = Path.of("target/openapi/openapi.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    private JsonNode document;

    /** One operation of the document: its path template, HTTP method and description. */
    record Op(String path, String method, JsonNode spec) {
        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    @BeforeEach
    void loadDocument() throws IOException {
        String json = given().accept("application/json")
                .when()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        document = MAPPER.readTree(json);
        Files.createDirectories(WRITTEN.getParent());
        Files.writeString(WRITTEN, json);
    }

    @Test
    void documentListsThePublicJsonApiOnly() {
        Set<String> paths = new TreeSet<>();
        document.get("paths").fieldNames().forEachRemaining(paths::add);
        assertTrue(
                paths.containsAll(Set.of(
                        "/api/v1/codes",
                        "/api/v1/codes/{code}",
                        "/api/v1/compare/{a}/{b}",
                        "/api/v1/search",
                        "/api/v1/suggest",
                        "/api/v1/dataset.json",
                        "/api/v1/dataset.csv")),
                paths::toString);
        paths.forEach(path -> assertTrue(path.startsWith("/api/v1/"), "not a public API path: " + path));
        assertEquals("https://smtp-atlas.test", document.at("/servers/0/url").asText());
        assertFalse(document.at("/info/license/url").asText().isEmpty());
        assertFalse(document.at("/info/contact/url").asText().isEmpty());
        // Schemas of pages and admin forms are gone with them.
        Set<String> schemas = new TreeSet<>();
        document.at("/components/schemas").fieldNames().forEachRemaining(schemas::add);
        assertTrue(schemas.contains("Error"), schemas::toString);
        assertFalse(
                schemas.stream().anyMatch(name -> name.contains("Template") || name.contains("User")),
                schemas::toString);
    }

    @Test
    void everyOperationIsNamedDescribedAndDocumentsItsErrors() {
        Set<String> ids = new TreeSet<>();
        for (Op op : operations()) {
            String id = op.spec().path("operationId").asText();
            assertFalse(id.isEmpty(), op + " has no operationId");
            assertTrue(ids.add(id), op + " repeats the operationId " + id);
            assertFalse(op.spec().path("summary").asText().isEmpty(), op + " has no summary");
            assertTrue(op.spec().path("security").isArray(), op + " does not say it needs no authentication");
            boolean takesInput =
                    op.spec().path("parameters").size() > 0 || op.spec().has("requestBody");
            List<String> errors = errorStatuses(op);
            if (takesInput) {
                assertFalse(errors.isEmpty(), op + " takes input but documents no 4xx");
            }
            for (String status : errors) {
                assertEquals(
                        "#/components/schemas/Error",
                        op.spec()
                                .at("/responses/" + status + "/content/application~1json/schema/$ref")
                                .asText(),
                        op + " " + status + " is not the JSON error");
            }
            for (JsonNode parameter : op.spec().path("parameters")) {
                if (parameter.path("name").asText().equals("lang")) {
                    assertEquals(
                            List.of("en", "fr", "vi", "de", "es", "pt", "ja", "zh"),
                            MAPPER.convertValue(parameter.at("/schema/enum"), List.class),
                            op + " lang");
                }
            }
        }
    }

    @Test
    void everyOperationAnswersAValidRequestAsDocumented() {
        List<Op> operations = operations();
        List<String> checked = new ArrayList<>();
        for (Op op : operations) {
            Response response = call(op, false);
            assertTrue(
                    response.statusCode() >= 200 && response.statusCode() < 300,
                    op + " answered " + response.statusCode() + ": " + response.asString());
            assertMatchesDocument(op, response);
            checked.add(op.toString());
        }
        assertEquals(operations.size(), checked.size());
    }

    @Test
    void everyOperationThatTakesInputAnswersABadRequestWithTheDocumentedError() {
        int checked = 0;
        for (Op op : operations()) {
            if (errorStatuses(op).isEmpty()) {
                continue;
            }
            Response response = call(op, true);
            assertTrue(
                    response.statusCode() >= 400 && response.statusCode() < 500,
                    op + " answered a bad request with " + response.statusCode());
            assertMatchesDocument(op, response);
            checked++;
        }
        assertTrue(checked >= 5, "bad requests checked: " + checked);
    }

    @Test
    void everySchemaOfAnAnswerHasExamplesThatFitIt() {
        List<String> wrong = new ArrayList<>();
        int examples = 0;
        Iterator<Map.Entry<String, JsonNode>> schemas =
                document.at("/components/schemas").fields();
        while (schemas.hasNext()) {
            Map.Entry<String, JsonNode> schema = schemas.next();
            boolean any = false;
            Iterator<Map.Entry<String, JsonNode>> properties =
                    schema.getValue().path("properties").fields();
            while (properties.hasNext()) {
                Map.Entry<String, JsonNode> property = properties.next();
                for (JsonNode example : property.getValue().path("examples")) {
                    any = true;
                    examples++;
                    if (!SCHEMAS.getSchema(withComponents(property.getValue()))
                            .validate(example)
                            .isEmpty()) {
                        wrong.add(schema.getKey() + "." + property.getKey() + ": " + example);
                    }
                }
            }
            assertTrue(any, schema.getKey() + " has no example");
        }
        assertEquals(List.of(), wrong);
        assertTrue(examples > 40, "examples: " + examples);
    }

    /** The status is documented, the content type is one documented for it, and the body fits its schema. */
    private void assertMatchesDocument(Op op, Response response) {
        String status = String.valueOf(response.statusCode());
        JsonNode documented = op.spec().at("/responses/" + status);
        assertFalse(documented.isMissingNode(), op + " answered undocumented " + status);
        String contentType = response.contentType().split(";")[0].strip();
        JsonNode media = documented.path("content").path(contentType);
        assertFalse(media.isMissingNode(), op + " " + status + " answered undocumented " + contentType);
        if (contentType.equals("application/json")) {
            List<Error> errors =
                    SCHEMAS.getSchema(withComponents(media.get("schema"))).validate(readJson(response.asString()));
            assertEquals(
                    List.of(),
                    errors.stream()
                            .map(e -> e.getInstanceLocation() + " " + e.getMessage())
                            .toList(),
                    op + " " + status + " does not match its schema");
        } else {
            assertFalse(response.asString().isEmpty(), op + " answered an empty " + contentType);
        }
    }

    /** A request built from the document: parameter examples (or defaults), or a broken value when {@code bad}. */
    private Response call(Op op, boolean bad) {
        RequestSpecification request = given().redirects().follow(false);
        String path = op.path();
        boolean broken = false;
        for (JsonNode parameter : op.spec().path("parameters")) {
            String name = parameter.get("name").asText();
            String value = example(parameter);
            if (bad && !broken) {
                value = brokenValue(parameter);
                broken = value != null;
                value = broken ? value : example(parameter);
            }
            if (value == null) {
                continue;
            }
            switch (parameter.get("in").asText()) {
                case "path" -> path = path.replace("{" + name + "}", value);
                case "query" -> request.queryParam(name, value);
                default -> request.header(name, value);
            }
        }
        Iterator<Map.Entry<String, JsonNode>> bodies =
                op.spec().at("/requestBody/content").fields();
        if (bodies.hasNext()) {
            Map.Entry<String, JsonNode> body = bodies.next();
            JsonNode media = body.getValue();
            JsonNode example = media.has("example")
                    ? media.get("example")
                    : media.path("examples").elements().hasNext()
                            ? media.get("examples").elements().next().get("value")
                            : null;
            assertNotNull(example, op + " documents no example request body for " + body.getKey());
            String sent = example.isTextual() ? example.asText() : example.toString();
            // A body that no operation accepts: empty for text, unfinished for JSON.
            String brokenBody = body.getKey().contains("json") ? "{" : "";
            request.contentType(body.getKey()).body(bad && !broken ? brokenBody : sent);
        }
        return request.when().request(op.method().toUpperCase(), path).andReturn();
    }

    private static String example(JsonNode parameter) {
        if (parameter.has("example")) {
            return parameter.get("example").asText();
        }
        JsonNode schema = parameter.path("schema");
        if (schema.has("default")) {
            return schema.get("default").asText();
        }
        assertFalse(parameter.path("required").asBoolean(), parameter + " is required but has no example");
        return null;
    }

    /** A value the parameter's schema or description rules out: an unknown locale, code or a number too big. */
    private static String brokenValue(JsonNode parameter) {
        JsonNode schema = parameter.path("schema");
        if (schema.has("enum")) {
            return "xx";
        }
        if (schema.has("maximum")) {
            return String.valueOf(schema.get("maximum").asInt() + 1);
        }
        if (parameter.get("in").asText().equals("path")) {
            return "599";
        }
        return null;
    }

    private static List<String> errorStatuses(Op op) {
        List<String> statuses = new ArrayList<>();
        op.spec().path("responses").fieldNames().forEachRemaining(status -> {
            if (status.startsWith("4")) {
                statuses.add(status);
            }
        });
        return statuses;
    }

    private List<Op> operations() {
        List<Op> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields();
        paths.forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (METHODS.contains(method.getKey())) {
                operations.add(new Op(path.getKey(), method.getKey(), method.getValue()));
            }
        }));
        assertTrue(operations.size() >= 7, "operations: " + operations);
        return operations;
    }

    /** The response schema with the document's components beside it, so that its $refs resolve. */
    private JsonNode withComponents(JsonNode schema) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", SpecificationVersion.DRAFT_2020_12.getDialectId());
        root.set("allOf", MAPPER.createArrayNode().add(schema));
        root.set("components", document.get("components"));
        return root;
    }

    private static JsonNode readJson(String body) {
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}
