package io.smtpatlas.web.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.HashMap;
import java.util.List;
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
                users.create(
                        name,
                        name + "-password-1",
                        AppUser.TRANSLATOR,
                        List.of(SiteLocale.FR, SiteLocale.DE, SiteLocale.ES, SiteLocale.PT, SiteLocale.ZH));
            }
        }
    }

    static AdminSession signIn(String name) {
        return AdminSession.login(name, name + "-password-1");
    }

    /** The editor's one form as a browser would post it: every field's text and version, edits applied. */
    static Map<String, String> form(Document editor, Map<String, String> edits, String action) {
        Map<String, String> form = new HashMap<>();
        for (var textarea : editor.select("#editor textarea")) {
            form.put(textarea.attr("name"), textarea.text());
        }
        for (var version : editor.select("#editor input[name^=version-]")) {
            form.put(version.attr("name"), version.attr("value"));
        }
        edits.forEach((field, body) -> form.put("body-" + field, body));
        form.put("action", action);
        return form;
    }

    /** Reads the text as stored now, in a fresh transaction (not from this test's persistence context). */
    private CodeText text(String code, SiteLocale locale, TextField field) {
        return QuarkusTransaction.requiringNew()
                .call(() -> translations.find(code, locale, field).orElseThrow());
    }

    @Test
    void oneSaveStoresEveryEditedField() {
        AdminSession anna = signIn("anna");
        Document editor = anna.page("/admin/translations/458/fr");
        anna.post(
                        "/admin/translations/458/fr",
                        form(
                                editor,
                                Map.of("title", "Titre 458 révisé", "keywords", "file d'attente ETRN, nœud"),
                                "draft"))
                .then()
                .statusCode(303);
        assertEquals("Titre 458 révisé", text("458", SiteLocale.FR, TextField.TITLE).body);
        assertEquals("file d'attente ETRN, nœud", text("458", SiteLocale.FR, TextField.KEYWORDS).body);
        assertEquals(TextStatus.DRAFT, text("458", SiteLocale.FR, TextField.KEYWORDS).status);
        assertEquals(1, text("458", SiteLocale.FR, TextField.SUMMARY).revision, "an untouched field is left alone");
    }

    @Test
    void aStaleSaveAnswers409KeepsWhatWasTypedAndOverwritesNothing() {
        AdminSession anna = signIn("anna");
        AdminSession bruno = signIn("bruno");
        Document annaEditor = anna.page("/admin/translations/459/de");
        Document brunoEditor = bruno.page("/admin/translations/459/de");
        anna.post(
                        "/admin/translations/459/de",
                        form(annaEditor, Map.of("summary", "Annas Fassung der Zusammenfassung."), "draft"))
                .then()
                .statusCode(303);

        bruno.post(
                        "/admin/translations/459/de",
                        form(
                                brunoEditor,
                                Map.of("summary", "Brunos Fassung der Zusammenfassung.", "title", "Brunos Titel"),
                                "draft"))
                .then()
                .statusCode(409)
                .body(containsString("Annas Fassung der Zusammenfassung."))
                .body(containsString("Brunos Fassung der Zusammenfassung."))
                .body(containsString("Brunos Titel"));
        assertEquals("Annas Fassung der Zusammenfassung.", text("459", SiteLocale.DE, TextField.SUMMARY).body);
        assertFalse(text("459", SiteLocale.DE, TextField.TITLE).body.contains("Brunos"), "all or nothing");
    }

    @Test
    void aTranslatorCannotApproveOwnWorkAndIsNotOfferedToButAnotherCan() {
        AdminSession anna = signIn("anna");
        AdminSession bruno = signIn("bruno");
        Document editor = anna.page("/admin/translations/455/es");
        anna.post(
                        "/admin/translations/455/es",
                        form(editor, Map.of("title", "El servidor no puede aceptar los parámetros"), "review"))
                .then()
                .statusCode(303);

        editor = anna.page("/admin/translations/455/es");
        assertTrue(editor.select("button[form=approve]").isEmpty(), "no Approve button on one's own work");
        anna.post(
                        "/admin/translations/455/es/approve",
                        Map.of(
                                "field",
                                "title",
                                "version-title",
                                editor.selectFirst("input[name=version-title]").attr("value")))
                .then()
                .statusCode(403);
        assertEquals(TextStatus.IN_REVIEW, text("455", SiteLocale.ES, TextField.TITLE).status);

        editor = bruno.page("/admin/translations/455/es");
        assertEquals(1, editor.select("button[form=approve][value=title]").size());
        assertTrue(editor.select("button[form=approve][value=summary]").isEmpty(), "nothing to approve there");
        bruno.post(
                        "/admin/translations/455/es/approve",
                        Map.of(
                                "field",
                                "title",
                                "version-title",
                                editor.selectFirst("#approve input[name=version-title]")
                                        .attr("value")))
                .then()
                .statusCode(303);
        assertEquals(TextStatus.APPROVED, text("455", SiteLocale.ES, TextField.TITLE).status);
    }

    @Test
    void revertBringsBackAnEarlierRevisionAsANewOneAndHistoryShowsTheDiff() {
        AdminSession anna = signIn("anna");
        String original = text("4.4.5", SiteLocale.PT, TextField.SUMMARY).body;
        int originalRevision = text("4.4.5", SiteLocale.PT, TextField.SUMMARY).revision;
        Document editor = anna.page("/admin/translations/4.4.5/pt");
        anna.post(
                        "/admin/translations/4.4.5/pt",
                        form(editor, Map.of("summary", "Resumo totalmente reescrito."), "draft"))
                .then()
                .statusCode(303);

        Document history = anna.page("/admin/translations/4.4.5/pt/summary/history");
        assertTrue(history.select("ins").text().contains("reescrito"), "the diff marks what was added");
        String historyVersion = history.selectFirst("input[name=version]").attr("value");
        anna.post(
                        "/admin/translations/4.4.5/pt/summary/revert",
                        Map.of("version", historyVersion, "revision", String.valueOf(originalRevision)))
                .then()
                .statusCode(303);

        CodeText reverted = text("4.4.5", SiteLocale.PT, TextField.SUMMARY);
        assertEquals(original, reverted.body);
        assertEquals(originalRevision + 2, reverted.revision, "the revert is a new revision");
        assertEquals(
                3,
                anna.page("/admin/translations/4.4.5/pt/summary/history")
                        .select("ol.history > li")
                        .size(),
                "original, edit, revert");
    }

    @Test
    void anApprovedEnglishChangeMarksTranslationsOutdatedWithAWordDiffInTheEditor() {
        AdminSession admin = AdminSession.login("admin", AdminSession.ADMIN_PASSWORD);
        Document before = admin.page("/admin/translations?lang=ja&state=outdated");
        assertTrue(before.select("a[href*=/admin/translations/4.4.4/ja]").isEmpty());

        Document editor = admin.page("/admin/translations/4.4.4/en");
        String english = text("4.4.4", SiteLocale.EN, TextField.DESCRIPTION).body;
        admin.post(
                        "/admin/translations/4.4.4/en",
                        form(editor, Map.of("description", english + " Clarified later."), "draft"))
                .then()
                .statusCode(303);
        assertTrue(
                admin.page("/admin/translations?lang=ja&state=outdated")
                        .select("a[href*=/admin/translations/4.4.4/ja]")
                        .isEmpty(),
                "an English draft changes nothing yet");

        editor = admin.page("/admin/translations/4.4.4/en");
        admin.post(
                        "/admin/translations/4.4.4/en/approve",
                        Map.of(
                                "field",
                                "*",
                                "version-description",
                                editor.selectFirst("#approve input[name=version-description]")
                                        .attr("value")))
                .then()
                .statusCode(303);

        Document after = admin.page("/admin/translations?lang=ja&state=outdated");
        assertTrue(after.select("a[href*=/admin/translations/4.4.4/ja]").size() >= 1);
        Document ja = admin.page("/admin/translations/4.4.4/ja");
        assertEquals(
                "Clarified later.",
                ja.select("#description .source-change ins").text().strip());
        assertEquals(
                1,
                ja.select("#description .source-change .badge.state-outdated").size());
        Document dashboard = admin.page("/admin");
        assertTrue(dashboard
                .select("a[href=/admin/translations?lang=ja&state=outdated]")
                .text()
                .matches(".*[1-9]\\d*"));
    }

    @Test
    void markupInATextIsShownAsTextEverywhere() {
        String attack = "<script>alert(1)</script>\"><img src=x onerror=alert(2)> sommaire";
        AdminSession anna = signIn("anna");
        AdminSession bruno = signIn("bruno");
        Document editor = anna.page("/admin/translations/4.4.0/fr");
        anna.post("/admin/translations/4.4.0/fr", form(editor, Map.of("summary", attack), "review"))
                .then()
                .statusCode(303);
        editor = bruno.page("/admin/translations/4.4.0/fr");
        bruno.post(
                        "/admin/translations/4.4.0/fr/approve",
                        Map.of(
                                "field",
                                "summary",
                                "version-summary",
                                editor.selectFirst("#approve input[name=version-summary]")
                                        .attr("value")))
                .then()
                .statusCode(303);

        given().when()
                .get("/fr/smtp/4.4.0")
                .then()
                .statusCode(200)
                .body(not(containsString("<script>alert(1)")))
                .body(not(containsString("<img src=x")))
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"));
        given().queryParam("q", "4.4.0")
                .when()
                .get("/fr/search")
                .then()
                .statusCode(200)
                .body(not(containsString("<script>alert(1)")));
        anna.get("/admin/translations/4.4.0/fr").then().statusCode(200).body(not(containsString("<script>alert(1)")));
    }

    @Test
    void aTextOver16KbIsRefusedAndTheEditorKeepsWhatWasTyped() {
        AdminSession anna = signIn("anna");
        Document editor = anna.page("/admin/translations/4.4.2/zh");
        String typed = "长".repeat(16 * 1024 + 1);
        anna.post("/admin/translations/4.4.2/zh", form(editor, Map.of("description", typed, "title", "新标题"), "draft"))
                .then()
                .statusCode(400)
                .body(containsString("16384"))
                .body(containsString(typed))
                .body(containsString("新标题"));

        String fits = "长".repeat(16 * 1024);
        anna.post("/admin/translations/4.4.2/zh", form(editor, Map.of("description", fits), "draft"))
                .then()
                .statusCode(303);
        assertEquals(fits, text("4.4.2", SiteLocale.ZH, TextField.DESCRIPTION).body);
    }
}
