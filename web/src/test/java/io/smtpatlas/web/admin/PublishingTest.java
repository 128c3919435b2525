package io.smtpatlas.web.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.user.AppUser;
import io.smtpatlas.data.user.UserService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Readers see each text's last approved revision: drafts and texts in review stay in the editor and its preview. */
@QuarkusTest
class PublishingTest {

    @Inject
    UserService users;

    @BeforeEach
    void translators() {
        for (String name : new String[] {"camille", "dominique"}) {
            if (AppUser.findByUsername(name) == null) {
                users.create(name, name + "-password-1", AppUser.TRANSLATOR, List.of(SiteLocale.FR));
            }
        }
    }

    @Test
    void aDraftAndASubmitLeavePageSearchAndApiUnchangedUntilAnotherPersonApproves() {
        AdminSession camille = AdminWorkflowTest.signIn("camille");
        String title = "Commande refusée (quuxplorn révisé)";
        String publishedTitle = given().queryParam("lang", "fr")
                .when()
                .get("/api/codes/502")
                .then()
                .statusCode(200)
                .extract()
                .path("title");

        Document editor = camille.page("/admin/translations/502/fr");
        camille.post(
                        "/admin/translations/502/fr",
                        AdminWorkflowTest.form(editor, Map.of("title", title, "keywords", "quuxplorn"), "draft"))
                .then()
                .statusCode(303);
        assertReadersSee(publishedTitle, title);

        editor = camille.page("/admin/translations/502/fr");
        camille.post("/admin/translations/502/fr", AdminWorkflowTest.form(editor, Map.of(), "review"))
                .then()
                .statusCode(303);
        assertReadersSee(publishedTitle, title);

        // The preview, for signed-in people only, shows the pending texts.
        camille.get("/admin/preview/fr/502")
                .then()
                .statusCode(200)
                .body(containsString(title))
                .header("Cache-Control", "no-store");
        given().redirects()
                .follow(false)
                .when()
                .get("/admin/preview/fr/502")
                .then()
                .statusCode(302);

        AdminSession dominique = AdminWorkflowTest.signIn("dominique");
        editor = dominique.page("/admin/translations/502/fr");
        dominique
                .post(
                        "/admin/translations/502/fr/approve",
                        Map.of(
                                "field",
                                "*",
                                "version-title",
                                editor.selectFirst("#approve input[name=version-title]")
                                        .attr("value"),
                                "version-keywords",
                                editor.selectFirst("#approve input[name=version-keywords]")
                                        .attr("value")))
                .then()
                .statusCode(303);

        given().when().get("/fr/smtp/502").then().statusCode(200).body(containsString(title));
        given().queryParam("lang", "fr").when().get("/api/codes/502").then().body("title", equalTo(title));
        given().queryParam("q", "quuxplorn")
                .queryParam("lang", "fr")
                .when()
                .get("/api/search")
                .then()
                .statusCode(200)
                .body("results[0].code", equalTo("502"));
    }

    private static void assertReadersSee(String publishedTitle, String pendingTitle) {
        given().when()
                .get("/fr/smtp/502")
                .then()
                .statusCode(200)
                .body(containsString(publishedTitle))
                .body(not(containsString(pendingTitle)));
        given().queryParam("lang", "fr").when().get("/api/codes/502").then().body("title", equalTo(publishedTitle));
        given().queryParam("q", "quuxplorn")
                .queryParam("lang", "fr")
                .when()
                .get("/api/search")
                .then()
                .statusCode(200)
                .body(not(containsString("\"502\"")));
    }
}
