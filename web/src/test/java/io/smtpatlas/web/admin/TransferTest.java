package io.smtpatlas.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.translation.TextField;
import io.smtpatlas.data.translation.TextStatus;
import io.smtpatlas.data.translation.TranslationService;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/** Export with source, target, state and revision; import previewed per row, flagging rows changed since export. */
@QuarkusTest
class TransferTest {

    @Inject
    TranslationService translations;

    private String body(String code, SiteLocale locale, TextField field) {
        return QuarkusTransaction.requiringNew()
                .call(() -> translations.find(code, locale, field).orElseThrow().body);
    }

    @Test
    void xliffAndCsvExportsImportBackWithZeroChanges() {
        AdminSession admin = AdminSession.login("admin", AdminSession.ADMIN_PASSWORD);
        for (String format : new String[] {"xlf", "csv"}) {
            byte[] exported = admin.get("/admin/export?lang=vi&format=" + format)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asByteArray();
            Document preview = upload(admin, "vi", exported, 200);
            assertTrue(preview.text().contains("0 texts in Tiếng Việt would change"), format + ": " + preview.text());
            assertTrue(preview.select("table.import-rows tr").isEmpty());
        }
    }

    @Test
    void xliffIsVersion2WithSourceTargetStateAndRevisionPerText() throws Exception {
        AdminSession admin = AdminSession.login("admin", AdminSession.ADMIN_PASSWORD);
        String xliff = admin.get("/admin/export?lang=ja&format=xlf")
                .then()
                .statusCode(200)
                .contentType("application/xliff+xml; charset=UTF-8")
                .extract()
                .asString();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document xml = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xliff)));
        var root = xml.getDocumentElement();
        assertEquals("urn:oasis:names:tc:xliff:document:2.0", root.getNamespaceURI());
        assertEquals("2.0", root.getAttribute("version"));
        assertEquals("en", root.getAttribute("srcLang"));
        assertEquals("ja", root.getAttribute("trgLang"));
        var units = xml.getElementsByTagNameNS(root.getNamespaceURI(), "unit");
        assertEquals(
                195 * io.smtpatlas.data.translation.TextField.values().length,
                units.getLength(),
                "one unit per code and field");
        var title550 = (org.w3c.dom.Element) xml.getElementById("550-title");
        String unit = xliff.substring(
                xliff.indexOf("<unit id=\"550-title\""),
                xliff.indexOf("</unit>", xliff.indexOf("<unit id=\"550-title\"")));
        assertTrue(unit.contains("<source>" + body("550", SiteLocale.EN, TextField.TITLE) + "</source>"), unit);
        assertTrue(unit.contains("<target>" + body("550", SiteLocale.JA, TextField.TITLE) + "</target>"), unit);
        assertTrue(unit.contains("type=\"revision\">1<"), unit);
        assertTrue(unit.contains("state=\"final\""), unit);
        assertTrue(title550 == null || title550.getTagName().equals("unit"));
    }

    @Test
    void csvHasABomAndNeutralisesFormulasWhichTheImportRestores() throws IOException {
        AdminSession admin = AdminSession.login("admin", AdminSession.ADMIN_PASSWORD);
        Document editor = admin.page("/admin/translations/530/de");
        admin.post(
                        "/admin/translations/530/de",
                        AdminWorkflowTest.form(
                                editor,
                                Map.of(
                                        "keywords",
                                        "=HYPERLINK(\"http://evil.example\";\"klick\")",
                                        "title",
                                        "+49 Anmeldung",
                                        "summary",
                                        "@SUM(A1) und -1"),
                                "draft"))
                .then()
                .statusCode(303);

        byte[] csv = admin.get("/admin/export?lang=de&format=csv")
                .then()
                .statusCode(200)
                .contentType("text/csv; charset=UTF-8")
                .extract()
                .asByteArray();
        assertEquals(0xEF, csv[0] & 0xFF);
        assertEquals(0xBB, csv[1] & 0xFF);
        assertEquals(0xBF, csv[2] & 0xFF);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFcode,field,state,revision,source:en,target:de\r\n"));
        assertTrue(text.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"klick\"\")\"\r\n"), "formula quoted");
        assertTrue(text.contains(",\"'+49 Anmeldung\"\r\n"));
        assertTrue(text.contains(",\"'@SUM(A1) und -1\"\r\n"));
        try (var rows = new CsvMapper()
                .readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY)
                .readValues(text.substring(1))) {
            int cells = 0;
            while (rows.hasNextValue()) {
                for (Object cell : (List<?>) rows.nextValue()) {
                    assertFalse(cell.toString().matches("(?s)^[=+\\-@\t\r].*"), "a formula cell: " + cell);
                    cells++;
                }
            }
            assertEquals(
                    (195 * io.smtpatlas.data.translation.TextField.values().length + 1) * 6,
                    cells,
                    "every row has its six cells");
        }
        Document preview = upload(admin, "de", csv, 200);
        assertTrue(preview.text().contains("0 texts in Deutsch would change"), preview.text());
    }

    @Test
    void anOlderExportFlagsTheRowsChangedSinceAndAppliesOnlyTheChosenOnes() {
        AdminSession admin = AdminSession.login("admin", AdminSession.ADMIN_PASSWORD);
        String exported = new String(
                admin.get("/admin/export?lang=pt&format=csv")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray(),
                StandardCharsets.UTF_8);

        // Someone edits 421's title after the export.
        Document editor = admin.page("/admin/translations/421/pt");
        admin.post(
                        "/admin/translations/421/pt",
                        AdminWorkflowTest.form(
                                editor, Map.of("title", "Serviço indisponível (revisado depois)"), "review"))
                .then()
                .statusCode(303);

        // The old file changes 421's title (back to something older) and 450's title.
        String file = replaceTarget(
                exported, "421", "Serviço indisponível, encerrando a conexão", "Título antigo do arquivo");
        file = replaceTarget(
                file, "450", body("450", SiteLocale.PT, TextField.TITLE), "Caixa postal indisponível (arquivo)");
        Document preview = upload(admin, "pt", file.getBytes(StandardCharsets.UTF_8), 200);
        var rows = preview.select("table.import-rows tbody tr");
        assertEquals(2, rows.size(), preview.text());
        var flagged = preview.select("tr.flagged");
        assertEquals(1, flagged.size());
        assertEquals("421", flagged.first().selectFirst("td.code").text());
        assertFalse(flagged.first().selectFirst("input[type=checkbox]").hasAttr("checked"), "flagged rows unchosen");
        var fresh = rows.stream()
                .filter(row -> !row.hasClass("flagged"))
                .findFirst()
                .orElseThrow();
        assertTrue(fresh.selectFirst("input[type=checkbox]").hasAttr("checked"));
        assertTrue(preview.text().contains("1 of them changed since the file was exported"));

        Map<String, String> form = new HashMap<>();
        form.put("lang", "pt");
        form.put("content", preview.selectFirst("textarea[name=content]").wholeText());
        form.put("choice", fresh.selectFirst("input[type=checkbox]").attr("value"));
        admin.post("/admin/import/apply", form).then().statusCode(303);
        assertEquals("Caixa postal indisponível (arquivo)", body("450", SiteLocale.PT, TextField.TITLE));
        assertEquals("Serviço indisponível (revisado depois)", body("421", SiteLocale.PT, TextField.TITLE));
        assertEquals(
                TextStatus.IN_REVIEW,
                QuarkusTransaction.requiringNew()
                        .call(() -> translations
                                .find("450", SiteLocale.PT, TextField.TITLE)
                                .orElseThrow()
                                .status));
    }

    @Test
    void aFileInAnotherLanguageIsFlaggedAndNothingIsChosen() {
        AdminSession admin = AdminSession.login("admin", AdminSession.ADMIN_PASSWORD);
        String french = admin.get("/admin/export?lang=fr&format=xlf")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Document preview = upload(admin, "es", french.getBytes(StandardCharsets.UTF_8), 200);
        assertTrue(preview.text().contains("This file holds Français texts, not Español"), preview.text());
        assertFalse(preview.select("table.import-rows tbody tr").isEmpty());
        assertTrue(preview.select("input[type=checkbox][checked]").isEmpty());
    }

    @Test
    void brokenFilesGetAClearMessageInThePreviewNeverA500() {
        AdminSession admin = AdminSession.login("admin", AdminSession.ADMIN_PASSWORD);
        assertTrue(upload(admin, "fr", "<xliff version=\"2.0\"><file>".getBytes(StandardCharsets.UTF_8), 400)
                .text()
                .contains("The file cannot be read"));
        assertTrue(
                upload(admin, "fr", "code,field,text\r\n550,title,\"unterminated".getBytes(StandardCharsets.UTF_8), 400)
                        .text()
                        .contains("The file cannot be imported"));
        assertTrue(upload(
                        admin,
                        "fr",
                        "code,field,state,revision,source:en,target:fr\r\n550,title,approved,1,x,Bo\u00eete"
                                .getBytes(StandardCharsets.ISO_8859_1),
                        400)
                .text()
                .contains("not UTF-8"));
        assertTrue(upload(admin, "fr", new byte[0], 400).text().contains("The file is empty"));
        byte[] huge = new byte[5 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        assertTrue(upload(admin, "fr", huge, 400).text().contains("larger than 4 MB"));
        assertTrue(upload(
                        admin,
                        "fr",
                        ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                                        + "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"fr\">"
                                        + "<file id=\"f\"><unit id=\"550-title\"><segment><source>x</source><target>&e;</target></segment>"
                                        + "</unit></file></xliff>")
                                .getBytes(StandardCharsets.UTF_8),
                        400)
                .text()
                .contains("The file cannot be read"));
    }

    /** Sets the target cell (the last one) of a title row, which holds {@code current} as exported. */
    private static String replaceTarget(String csv, String code, String current, String newTarget) {
        String quoted = "\"" + current.replace("\"", "\"\"") + "\"";
        StringBuilder out = new StringBuilder();
        for (String line : csv.split("\r\n", -1)) {
            if (line.startsWith(code + ",title,")) {
                String cell = line.endsWith("," + quoted) ? quoted : current;
                assertTrue(line.endsWith("," + cell), line);
                line = line.substring(0, line.length() - cell.length()) + newTarget;
            }
            out.append(line).append("\r\n");
        }
        return out.substring(0, out.length() - 2);
    }

    static Document upload(AdminSession session, String lang, byte[] content, int status) {
        session.get("/admin/transfer");
        try {
            File file = File.createTempFile("import", ".dat");
            Files.write(file.toPath(), content);
            Response response = session.request()
                    .multiPart("file", file)
                    .multiPart("lang", lang)
                    .multiPart("csrf-token", session.csrfToken())
                    .when()
                    .post("/admin/import");
            String html = response.then().statusCode(status).extract().asString();
            return Jsoup.parse(html);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
