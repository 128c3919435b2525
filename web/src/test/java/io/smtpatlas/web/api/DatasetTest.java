package io.smtpatlas.web.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.translation.CodeText;
import io.smtpatlas.data.translation.TextField;
import io.smtpatlas.data.translation.TextStatus;
import io.smtpatlas.data.translation.TranslationService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The dataset download: every code in every locale, valid against its checked-in schema, current after edits. */
@QuarkusTest
class DatasetTest {

    static final Path SCHEMA = Path.of("src/main/resources/META-INF/resources/schemas/dataset-v1.schema.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Inject
    Catalog catalog;

    @Inject
    TranslationService translations;

    @Test
    void jsonHoldsEveryCodeInEveryLocaleAndValidatesAgainstItsSchema() throws IOException {
        String body = given().when()
                .get("/api/v1/dataset.json")
                .then()
                .statusCode(200)
                .contentType(containsString("application/json"))
                .extract()
                .asString();
        JsonNode dataset = MAPPER.readTree(body);

        List<Error> errors = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(MAPPER.readTree(Files.readString(SCHEMA)))
                .validate(dataset);
        assertEquals(
                List.of(),
                errors.stream()
                        .map(e -> e.getInstanceLocation() + " " + e.getMessage())
                        .toList());

        assertEquals(195, catalog.all().size());
        assertEquals(195, dataset.get("codes").size());
        Set<String> codes = new HashSet<>();
        int texts = 0;
        for (JsonNode code : dataset.get("codes")) {
            codes.add(code.get("code").asText());
            assertEquals(8, code.get("texts").size(), code.get("code").asText());
            for (SiteLocale locale : SiteLocale.values()) {
                JsonNode localized = code.get("texts").get(locale.tag());
                assertFalse(localized.get("title").asText().isBlank(), code.get("code") + " " + locale);
                assertTrue(localized
                        .get("url")
                        .asText()
                        .endsWith(
                                "/" + locale.tag() + "/smtp/" + code.get("code").asText()));
                texts++;
            }
        }
        assertEquals(195, codes.size());
        assertEquals(195 * 8, texts);
        assertEquals("CC BY 4.0", dataset.at("/license/name").asText());
        assertTrue(dataset.at("/license/notice").asText().contains("https://smtp-atlas.test"));
        JsonNode fr550 = find(dataset, "550").at("/texts/fr");
        assertEquals("Boîte aux lettres indisponible", fr550.get("title").asText());
    }

    @Test
    void csvHasALicenceLineAndOneRowPerCodeAndLocale() throws IOException {
        String csv = given().when()
                .get("/api/v1/dataset.csv")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .extract()
                .asString();
        assertTrue(csv.startsWith("# SMTP Atlas dataset"), csv.substring(0, 80));
        assertTrue(csv.lines().findFirst().orElseThrow().contains("CC BY 4.0"));

        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.ALLOW_COMMENTS);
        List<Map<String, String>> rows;
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(csv)) {
            rows = it.readAll();
        }
        assertEquals(195 * 8, rows.size());
        Map<String, String> ja5711 = rows.stream()
                .filter(row ->
                        row.get("code").equals("5.7.1") && row.get("lang").equals("ja"))
                .findFirst()
                .orElseThrow();
        assertEquals("enhanced", ja5711.get("kind"));
        assertEquals("5", ja5711.get("class"));
        assertFalse(ja5711.get("title").isBlank());
        // Quoted cells survive: commas and line breaks in texts stay inside their cell.
        assertTrue(rows.stream().allMatch(row -> row.size() == 18), "every row has 18 cells");
    }

    @Test
    void anApprovedEditIsInTheNextDownloadAndADraftIsNot() throws IOException {
        given().when().get("/api/v1/dataset.json").then().statusCode(200);
        String before = current("5.2.2", SiteLocale.DE, TextField.TITLE).body;
        String edited = before + " (bearbeitet)";
        try {
            translations.save(
                    "5.2.2",
                    SiteLocale.DE,
                    TextField.TITLE,
                    edited,
                    current("5.2.2", SiteLocale.DE, TextField.TITLE).version,
                    TextStatus.DRAFT,
                    "admin");
            assertEquals(before, germanTitleOf5_2_2());
            translations.approve(
                    "5.2.2",
                    SiteLocale.DE,
                    TextField.TITLE,
                    current("5.2.2", SiteLocale.DE, TextField.TITLE).version,
                    "admin",
                    true);
            assertEquals(edited, germanTitleOf5_2_2());
            assertTrue(given().when().get("/api/dataset.csv").asString().contains(edited));
        } finally {
            translations.save(
                    "5.2.2",
                    SiteLocale.DE,
                    TextField.TITLE,
                    before,
                    current("5.2.2", SiteLocale.DE, TextField.TITLE).version,
                    TextStatus.DRAFT,
                    "admin");
            translations.approve(
                    "5.2.2",
                    SiteLocale.DE,
                    TextField.TITLE,
                    current("5.2.2", SiteLocale.DE, TextField.TITLE).version,
                    "admin",
                    true);
        }
    }

    private String germanTitleOf5_2_2() throws IOException {
        JsonNode dataset =
                MAPPER.readTree(given().when().get("/api/v1/dataset.json").asString());
        return find(dataset, "5.2.2").at("/texts/de/title").asText();
    }

    @Test
    void homePageAndSchemaAreReachable() {
        Document home = Jsoup.parse(
                given().when().get("/vi/").then().statusCode(200).extract().asString());
        assertEquals(1, home.select("a[href=/api/v1/dataset.json]").size());
        assertEquals(1, home.select("a[href=/api/v1/dataset.csv]").size());
        given().when()
                .get("/schemas/dataset-v1.schema.json")
                .then()
                .statusCode(200)
                .body("title", containsString("SMTP Atlas dataset"));
    }

    private CodeText current(String code, SiteLocale locale, TextField field) {
        return QuarkusTransaction.requiringNew()
                .call(() -> translations.find(code, locale, field).orElseThrow());
    }

    private static JsonNode find(JsonNode dataset, String code) {
        for (JsonNode entry : dataset.get("codes")) {
            if (entry.get("code").asText().equals(code)) {
                return entry;
            }
        }
        throw new AssertionError("no " + code);
    }
}
