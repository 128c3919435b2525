package io.smtpatlas.web.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.translation.CodeText;
import io.smtpatlas.data.translation.TextField;
import io.smtpatlas.data.translation.TextStatus;
import io.smtpatlas.data.translation.TranslationService;
import io.smtpatlas.data.user.AppUser;
import io.smtpatlas.data.user.UserService;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Editing, reviewing and approving translations, as the people who keep the content right do it. */
@QuarkusTest
class AdminWorkflowTest {

    @Inject
    UserService users;
    @Inject
    TranslationService translations;

    @BeforeEach
    void translators() {
        for (String name : new String[] {"anna", "bruno"}) {
            if (AppUser.findByUsername(name) == null) {
                users.create(name, name + "-password-1", AppUser.TRANSLATOR);
            }
        }
    }

    private static AdminSession signIn(String name) {
        return AdminSession.login(name, name + "-password-1");
    }

    private static String version(Document editor, String field) {
        return editor.selectFirst("#" + field + " input[name=version]").attr("value");
    }

    /** Reads the text as stored now, in a fresh transaction (not from this test's persistence context). */
    private CodeText text(String code, SiteLocale locale, TextField field) {
        return QuarkusTransaction.requiringNew().call(() -> translations.find(code, locale, field).orElseThrow());
    }

    @Test
    void aSavedTextShowsOnThePublicPageAndInSearchAtOnce() {
        AdminSession anna = signIn("anna");
        Document editor = anna.page("/admin/translations/458/fr");
        anna.post("/admin/translations/458/fr/keywords", Map.of("version", version(editor, "keywords"),
                "body", "file d'attente ETRN, zorblatquux", "action", "draft")).then().statusCode(303);
        given().queryParam("q", "zorblatquux").queryParam("lang", "fr").when().get("/api/search").then()
                .statusCode(200).body("results[0].code", org.hamcrest.Matchers.equalTo("458"));

        editor = anna.page("/admin/translations/458/fr");
        anna.post("/admin/translations/458/fr/title", Map.of("version", version(editor, "title"),
                "body", "Impossible de mettre en file (titre révisé)", "action", "review")).then().statusCode(303);
        given().when().get("/fr/smtp/458").then().statusCode(200)
                .body(containsString("Impossible de mettre en file (titre révisé)"));
        assertEquals(TextStatus.IN_REVIEW, text("458", SiteLocale.FR, TextField.TITLE).status);
    }

    @Test
    void aStaleSaveAnswers409WithBothTextsAndOverwritesNothing() {
        AdminSession anna = signIn("anna");
        AdminSession bruno = signIn("bruno");
        Document annaEditor = anna.page("/admin/translations/459/de");
        Document brunoEditor = bruno.page("/admin/translations/459/de");
        anna.post("/admin/translations/459/de/summary", Map.of("version", version(annaEditor, "summary"),
                "body", "Annas Fassung der Zusammenfassung.", "action", "draft")).then().statusCode(303);

        bruno.post("/admin/translations/459/de/summary", Map.of("version", version(brunoEditor, "summary"),
                "body", "Brunos Fassung der Zusammenfassung.", "action", "draft")).then()
                .statusCode(409)
                .body(containsString("Annas Fassung der Zusammenfassung."))
                .body(containsString("Brunos Fassung der Zusammenfassung."));
        assertEquals("Annas Fassung der Zusammenfassung.", text("459", SiteLocale.DE, TextField.SUMMARY).body);
    }

    @Test
    void aTranslatorCannotApproveOwnWorkButAnotherCan() {
        AdminSession anna = signIn("anna");
        AdminSession bruno = signIn("bruno");
        Document editor = anna.page("/admin/translations/455/es");
        anna.post("/admin/translations/455/es/title", Map.of("version", version(editor, "title"),
                "body", "El servidor no puede aceptar los parámetros", "action", "review")).then().statusCode(303);

        editor = anna.page("/admin/translations/455/es");
        anna.post("/admin/translations/455/es/title/approve", Map.of("version", version(editor, "title")))
                .then().statusCode(403);
        assertEquals(TextStatus.IN_REVIEW, text("455", SiteLocale.ES, TextField.TITLE).status);

        editor = bruno.page("/admin/translations/455/es");
        bruno.post("/admin/translations/455/es/title/approve", Map.of("version", version(editor, "title")))
                .then().statusCode(303);
        assertEquals(TextStatus.APPROVED, text("455", SiteLocale.ES, TextField.TITLE).status);
    }

    @Test
    void revertBringsBackAnEarlierRevisionAsANewOneAndHistoryShowsTheDiff() {
        AdminSession anna = signIn("anna");
        String original = text("4.4.5", SiteLocale.PT, TextField.SUMMARY).body;
        int originalRevision = text("4.4.5", SiteLocale.PT, TextField.SUMMARY).revision;
        Document editor = anna.page("/admin/translations/4.4.5/pt");
        anna.post("/admin/translations/4.4.5/pt/summary", Map.of("version", version(editor, "summary"),
                "body", "Resumo totalmente reescrito.", "action", "draft")).then().statusCode(303);

        Document history = anna.page("/admin/translations/4.4.5/pt/summary/history");
        assertTrue(history.select("ins").text().contains("reescrito"), "the diff marks what was added");
        String historyVersion = history.selectFirst("input[name=version]").attr("value");
        anna.post("/admin/translations/4.4.5/pt/summary/revert", Map.of("version", historyVersion,
                "revision", String.valueOf(originalRevision))).then().statusCode(303);

        CodeText reverted = text("4.4.5", SiteLocale.PT, TextField.SUMMARY);
        assertEquals(original, reverted.body);
        assertEquals(originalRevision + 2, reverted.revision, "the revert is a new revision");
        assertEquals(3, anna.page("/admin/translations/4.4.5/pt/summary/history").select("ol.history > li").size(),
                "original, edit, revert");
    }

    @Test
    void editingTheEnglishSourceMarksApprovedTranslationsOutdated() {
        AdminSession admin = AdminSession.login("admin", AdminSession.ADMIN_PASSWORD);
        Document before = admin.page("/admin/translations?lang=ja&state=outdated");
        assertTrue(before.select("a[href*=/admin/translations/4.4.4/ja]").isEmpty());

        Document editor = admin.page("/admin/translations/4.4.4/en");
        admin.post("/admin/translations/4.4.4/en/description", Map.of("version", version(editor, "description"),
                "body", text("4.4.4", SiteLocale.EN, TextField.DESCRIPTION).body + " (clarified)",
                "action", "draft")).then().statusCode(303);

        Document after = admin.page("/admin/translations?lang=ja&state=outdated");
        assertTrue(after.select("a[href*=/admin/translations/4.4.4/ja]").size() >= 1);
        Document dashboard = admin.page("/admin");
        assertTrue(dashboard.select("a[href=/admin/translations?lang=ja&state=outdated]").text().matches("[1-9]\\d*"));
    }

    @Test
    void exportThenImportChangesNothingAndAnEditedFileIsPreviewedThenApplied() throws IOException {
        AdminSession admin = AdminSession.login("admin", AdminSession.ADMIN_PASSWORD);
        for (String format : new String[] {"json", "csv"}) {
            String exported = admin.get("/admin/export?lang=vi&format=" + format).then().statusCode(200)
                    .extract().asString();
            admin.get("/admin/transfer");
            Document preview = org.jsoup.Jsoup.parse(upload(admin, "vi", format, exported)
                    .then().statusCode(200).extract().asString());
            assertTrue(preview.text().contains("0 texts would change"), format + ": " + preview.text());
        }

        String json = admin.get("/admin/export?lang=vi&format=json").then().extract().asString();
        String edited = json.replaceFirst("\"title\" : \"[^\"]*\"", "\"title\" : \"Tiêu đề đã nhập\"");
        admin.get("/admin/transfer");
        String preview = upload(admin, "vi", "json", edited).then().statusCode(200).extract().asString();
        assertTrue(preview.contains("1 texts would change"));
        admin.post("/admin/import/apply", Map.of("lang", "vi", "format", "json", "content", edited))
                .then().statusCode(303);
        assertEquals("Tiêu đề đã nhập", text("211", SiteLocale.VI, TextField.TITLE).body);
        assertEquals(TextStatus.IN_REVIEW, text("211", SiteLocale.VI, TextField.TITLE).status);
    }

    @Test
    void markupInATextIsShownAsTextEverywhere() {
        String attack = "<script>alert(1)</script>\"><img src=x onerror=alert(2)> sommaire";
        AdminSession anna = signIn("anna");
        Document editor = anna.page("/admin/translations/4.4.0/fr");
        anna.post("/admin/translations/4.4.0/fr/summary", Map.of("version", version(editor, "summary"),
                "body", attack, "action", "draft")).then().statusCode(303);

        given().when().get("/fr/smtp/4.4.0").then().statusCode(200)
                .body(not(containsString("<script>alert(1)")))
                .body(not(containsString("<img src=x")))
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"));
        given().queryParam("q", "4.4.0").when().get("/fr/search").then().statusCode(200)
                .body(not(containsString("<script>alert(1)")));
        anna.get("/admin/translations/4.4.0/fr").then().statusCode(200)
                .body(not(containsString("<script>alert(1)")));
        AdminSession.login("admin", AdminSession.ADMIN_PASSWORD).get("/admin/export?lang=fr&format=json").then()
                .contentType(containsString("application/json"))
                .header("Content-Disposition", containsString("attachment"));
    }

    @Test
    void aTextOver16KbIsRefusedAndTheEditorKeepsWhatWasTyped() {
        AdminSession anna = signIn("anna");
        Document editor = anna.page("/admin/translations/4.4.2/zh");
        String typed = "长".repeat(16 * 1024 + 1);
        anna.post("/admin/translations/4.4.2/zh/description", Map.of("version", version(editor, "description"),
                "body", typed, "action", "draft")).then()
                .statusCode(400)
                .body(containsString("the limit is 16384"))
                .body(containsString(typed));

        String fits = "长".repeat(16 * 1024);
        anna.post("/admin/translations/4.4.2/zh/description", Map.of("version", version(editor, "description"),
                "body", fits, "action", "draft")).then().statusCode(303);
        assertEquals(fits, text("4.4.2", SiteLocale.ZH, TextField.DESCRIPTION).body);
    }

    private static io.restassured.response.Response upload(AdminSession session, String lang, String format,
            String content) throws IOException {
        File file = File.createTempFile("import", "." + format);
        Files.writeString(file.toPath(), content);
        return session.request().multiPart("file", file).multiPart("lang", lang).multiPart("format", format)
                .multiPart("csrf-token", session.csrfToken()).when().post("/admin/import");
    }
}
