package io.smtpatlas.web.admin;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.smtpatlas.core.diagnosis.Provider;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.content.CodeContent;
import io.smtpatlas.data.content.CodeContentService;
import io.smtpatlas.data.content.ContentKeys;
import io.smtpatlas.data.translation.TextField;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Providers' texts are content: shipped in every locale, seeded, and edited in the admin area like code texts. */
@QuarkusTest
class ProviderTextsTest {

    @Inject
    CodeContentService content;

    @Test
    void everyProviderHasItsTextsInEveryLocale() {
        for (Provider provider : Provider.values()) {
            for (SiteLocale locale : SiteLocale.values()) {
                CodeContent texts = content.contentOf(ContentKeys.of(provider), locale);
                for (TextField field : new TextField[] {
                    TextField.TITLE, TextField.SUMMARY, TextField.DESCRIPTION, TextField.HOW_TO_FIX, TextField.KEYWORDS
                }) {
                    assertFalse(texts.text(field).isBlank(), provider.id() + " " + locale.tag() + " " + field);
                    assertEquals(locale, texts.languageOf(field), provider.id() + " " + locale.tag() + " " + field);
                }
            }
        }
    }

    @Test
    void anApprovedProviderTextShowsInTheNextDiagnosis() throws IOException {
        AdminSession admin = AdminSession.login("admin", AdminSession.ADMIN_PASSWORD);
        assertTrue(admin.isSignedIn());
        Document editor = admin.page("/admin/translations/google/fr");
        String edited = "Texte revu par un traducteur : Google refuse ce compte inexistant (zorblat).";
        admin.post(
                        "/admin/translations/google/fr",
                        AdminWorkflowTest.form(editor, Map.of("description", edited), "review"))
                .then()
                .statusCode(303);
        // Readers see approved texts only; an admin may approve their own change.
        editor = admin.page("/admin/translations/google/fr");
        admin.post(
                        "/admin/translations/google/fr/approve",
                        Map.of(
                                "field",
                                "*",
                                "version-description",
                                editor.selectFirst("#approve input[name=version-description]")
                                        .attr("value")))
                .then()
                .statusCode(303);

        String bounce;
        try (InputStream in = ProviderTextsTest.class.getResourceAsStream("/explain/gmail-user-unknown.eml")) {
            bounce = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Document page = Jsoup.parse(given().contentType("text/plain")
                .body(("text=" + bounce + "\r\n").getBytes(StandardCharsets.UTF_8))
                .post("/fr/explain")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertEquals(edited, page.selectFirst(".provider-note p").text());
    }

    @Test
    void anUnknownProviderKeyIsNotEditable() {
        AdminSession admin = AdminSession.login("admin", AdminSession.ADMIN_PASSWORD);
        assertEquals(404, admin.get("/admin/translations/hotmail-clone/fr").statusCode());
    }
}
