package io.smtpatlas.web.admin;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.translation.TextField;
import io.smtpatlas.data.translation.TranslationService;
import io.smtpatlas.data.user.AppUser;
import io.smtpatlas.data.user.UserService;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Translators work in their assigned languages only; English, the source, is for admins; accounts are managed. */
@QuarkusTest
class TranslatorScopeTest {

    @Inject
    UserService users;

    @Inject
    TranslationService translations;

    @BeforeEach
    void translator() {
        if (AppUser.findByUsername("elodie") == null) {
            users.create("elodie", "elodie-password-1", AppUser.TRANSLATOR, List.of(SiteLocale.FR));
        }
    }

    @Test
    void aTranslatorGetsALocalized403OnAnotherLanguageAndOnEnglish() {
        AdminSession elodie = AdminWorkflowTest.signIn("elodie");
        elodie.get("/admin/translations/550/fr").then().statusCode(200);
        elodie.get("/admin/translations/550/de")
                .then()
                .statusCode(403)
                .contentType(containsString("text/html"))
                .body(containsString("You do not work in Deutsch"));
        elodie.get("/admin/translations/550/en").then().statusCode(403).body(containsString("only admins edit it"));
        elodie.get("/admin/export?lang=en&format=csv").then().statusCode(403);

        users.setUiLocale("elodie", SiteLocale.FR);
        elodie.get("/admin/translations/550/de")
                .then()
                .statusCode(403)
                .body(containsString("<html lang=\"fr\""))
                .body(containsString("Vous ne travaillez pas en Deutsch"));
        users.setUiLocale("elodie", SiteLocale.EN);
    }

    @Test
    void aTranslatorCannotSaveOrImportIntoEnglishOrAnotherLanguage() throws IOException {
        AdminSession elodie = AdminWorkflowTest.signIn("elodie");
        String english = QuarkusTransaction.requiringNew()
                .call(() ->
                        translations.find("552", SiteLocale.EN, TextField.TITLE).orElseThrow().body);
        elodie.get("/admin/transfer");
        elodie.post(
                        "/admin/translations/552/en",
                        Map.of("body-title", "Hacked", "version-title", "0", "action", "draft"))
                .then()
                .statusCode(403);
        for (String lang : new String[] {"en", "de"}) {
            File file = File.createTempFile("import", ".csv");
            Files.writeString(
                    file.toPath(),
                    "code,field,state,revision,source:en,target:" + lang + "\r\n552,title,approved,1,x,Hacked\r\n");
            elodie.request()
                    .multiPart("file", file)
                    .multiPart("lang", lang)
                    .multiPart("csrf-token", elodie.csrfToken())
                    .when()
                    .post("/admin/import")
                    .then()
                    .statusCode(403);
            elodie.post(
                            "/admin/import/apply",
                            Map.of("lang", lang, "content", Files.readString(file.toPath()), "choice", "552/title@1"))
                    .then()
                    .statusCode(403);
        }
        assertEquals(
                english,
                QuarkusTransaction.requiringNew()
                        .call(() -> translations
                                .find("552", SiteLocale.EN, TextField.TITLE)
                                .orElseThrow()
                                .body));
    }

    @Test
    void anAdminAssignsLanguagesDisablesAndResetsPasswords() {
        users.create("fabien", "fabien-password-1", AppUser.TRANSLATOR, List.of());
        AdminSession admin = AdminSession.login("admin", AdminSession.ADMIN_PASSWORD);
        AdminSession fabien = AdminWorkflowTest.signIn("fabien");
        fabien.get("/admin/translations/550/ja")
                .then()
                .statusCode(403)
                .body(containsString("No language is assigned to you yet"));

        admin.get("/admin/users");
        admin.post("/admin/users/fabien/languages", Map.of("languages", "ja"))
                .then()
                .statusCode(303);
        fabien.get("/admin/translations/550/ja").then().statusCode(200);

        admin.get("/admin/users");
        admin.post("/admin/users/fabien/password", Map.of("password", "fabien-new-password"))
                .then()
                .statusCode(303);
        assertFalse(AdminSession.login("fabien", "fabien-password-1").isSignedIn());
        assertTrue(AdminSession.login("fabien", "fabien-new-password").isSignedIn());

        admin.get("/admin/users");
        admin.post("/admin/users/fabien/disabled", Map.of("disabled", "true"))
                .then()
                .statusCode(303);
        fabien.get("/admin").then().statusCode(302);
        assertFalse(AdminSession.login("fabien", "fabien-new-password").isSignedIn(), "a disabled user cannot sign in");

        admin.get("/admin/users");
        admin.post("/admin/users/admin/disabled", Map.of("disabled", "true"))
                .then()
                .statusCode(400);
    }
}
