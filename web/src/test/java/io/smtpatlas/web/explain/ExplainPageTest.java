package io.smtpatlas.web.explain;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smtpatlas.core.locale.SiteLocale;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@QuarkusTest
class ExplainPageTest {

    @ParameterizedTest
    @EnumSource(SiteLocale.class)
    void formRendersInEveryLocaleWithoutSettingACookie(SiteLocale locale) {
        ExplainMessages msg = ExplainTexts.of(locale);
        Response response = given().get("/" + locale.tag() + "/explain");
        assertEquals(200, response.statusCode());
        assertNull(response.header("Set-Cookie"), "public pages set no cookie");
        Document html = Jsoup.parse(response.asString());
        assertEquals(locale.tag(), html.selectFirst("html").attr("lang"));
        assertEquals(msg.explain_form_heading(), html.selectFirst("h1").text());
        Element form = html.selectFirst("form.explain-form");
        assertEquals("post", form.attr("method"));
        assertEquals("/" + locale.tag() + "/explain", form.attr("action"));
        assertEquals(
                msg.explain_form_label(),
                form.selectFirst("label[for=explain-text]").text());
        assertEquals(
                msg.explain_form_button(),
                form.selectFirst("button[type=submit]").text());
        assertEquals(msg.explain_form_privacy(), form.selectFirst(".privacy").text());
    }

    @Test
    void everyPageHeaderAndTheHomePageLinkToTheExplainer() {
        Document home = Jsoup.parse(given().get("/de/").asString());
        assertFalse(home.select(".site-nav a[href=/de/explain]").isEmpty(), "header link");
        assertFalse(home.select("main a[href=/de/explain]").isEmpty(), "home page link");
        Document code = Jsoup.parse(given().get("/ja/smtp/550").asString());
        assertFalse(code.select(".site-nav a[href=/ja/explain]").isEmpty());
    }

    @Test
    void gmailBounceIsDiagnosedInFrenchWithTheVerdictFirst() {
        String bounce = Samples.text(Samples.GMAIL_USER_UNKNOWN);
        Document html = post("/fr/explain", Samples.formBody(bounce), 200);
        ExplainMessages fr = ExplainTexts.of(SiteLocale.FR);
        assertEquals("fr", html.selectFirst("html").attr("lang"));
        Element card = html.selectFirst("article.diagnosis");
        assertEquals("verdict verdict-permanent", card.child(0).className(), "verdict comes first");
        assertEquals(fr.explain_verdict_permanent(), card.child(0).text());
        assertEquals("userunknown", card.attr("data-reason"));
        assertTrue(card.selectFirst("h3").text().startsWith(fr.explain_reason_userunknown_label()));
        assertEquals(
                fr.explain_reason_userunknown_summary(),
                card.selectFirst(".what-happened").text());
        assertEquals(
                List.of(
                        fr.explain_reason_userunknown_step1(),
                        fr.explain_reason_userunknown_step2(),
                        fr.explain_reason_userunknown_step3()),
                card.select(".steps li").eachText());
        assertEquals("no.such.person@gmail.com", card.selectFirst("h3 .address").text());
        assertEquals("5.1.1", card.selectFirst("a[href=/fr/smtp/5.1.1]").text());
        assertEquals("550", card.selectFirst("a[href=/fr/smtp/550]").text());
        assertFalse(card.select("a[href=/fr/smtp/550-vs-5.1.1]").isEmpty(), "comparison of the two codes");
        assertTrue(
                card.selectFirst(".diagnostic code")
                        .text()
                        .contains("The email account that you tried to reach" + " does not exist"),
                "the server's words stay as sent");
        assertEquals("", card.selectFirst(".diagnostic blockquote").attr("lang"));
        assertFalse(card.select(".provider-note").isEmpty(), "Gmail's own note");
        assertEquals(
                bounce.replace("\r\n", "\n"),
                html.selectFirst("textarea").wholeText().replace("\r\n", "\n"),
                "the pasted text is given back");
    }

    @Test
    void severalRecipientsGetASummaryLineAndOneCardEach() {
        Document html = post("/en/explain", Samples.formBody(Samples.text(Samples.THREE_RECIPIENTS)), 200);
        assertEquals(
                ExplainTexts.of(SiteLocale.EN).explain_summary_failed(3, 3, 2, 1),
                html.selectFirst(".diagnosis-summary").text());
        assertEquals(
                List.of("permanent", "permanent", "temporary"),
                html.select("article.diagnosis .verdict").stream()
                        .map(verdict -> verdict.className().replace("verdict verdict-", ""))
                        .toList());
        assertEquals(
                List.of("bob.martin@gmail.com", "carol.lee@outlook.com", "dave.kim@yahoo.com"),
                html.select("article.diagnosis h3 .address").eachText());
    }

    @Test
    void textThatIsNoBounceSaysSoAndIsGivenBackEscaped() {
        String text = "hello <script>alert(1)</script> nothing to see";
        Document html = post("/en/explain", Samples.formBody(text), 200);
        assertEquals(
                ExplainTexts.of(SiteLocale.EN).explain_unrecognized_heading(),
                html.selectFirst(".diagnosis-unrecognized h3").text());
        assertTrue(html.select("main script").isEmpty(), "pasted markup is escaped");
        assertEquals(text, html.selectFirst("textarea").text());
    }

    @Test
    void postsFromAnotherSiteAreRefused() {
        byte[] body = Samples.formBody("550 5.1.1 <x@example.com>: user unknown");
        String refused = ExplainTexts.of(SiteLocale.EN).explain_refused_heading();
        Document crossSite = Jsoup.parse(given().header("Sec-Fetch-Site", "cross-site")
                .contentType("text/plain")
                .body(body)
                .post("/en/explain")
                .then()
                .statusCode(403)
                .extract()
                .asString());
        assertEquals(refused, crossSite.selectFirst(".notice-error h2").text());
        given().header("Origin", "https://evil.example")
                .contentType("text/plain")
                .body(body)
                .post("/en/explain")
                .then()
                .statusCode(403);
        given().header("Origin", "null")
                .contentType("text/plain")
                .body(body)
                .post("/en/explain")
                .then()
                .statusCode(403);
        given().header("Origin", "https://smtp-atlas.test")
                .header("Sec-Fetch-Site", "same-origin")
                .contentType("text/plain")
                .body(body)
                .post("/en/explain")
                .then()
                .statusCode(200);
    }

    @Test
    void emptyFormAsksForAText() {
        Document html = post("/es/explain", Samples.formBody("  "), 400);
        assertEquals(
                ExplainTexts.of(SiteLocale.ES).explain_empty(),
                html.selectFirst(".notice-error h2").text());
    }

    @Test
    void textOverOneMegabyteIsA413ThatGivesTheTextBack() {
        String text = "550 5.1.1 user unknown\n" + "x".repeat(PastedText.MAX_BYTES);
        Document html = post("/pt/explain", Samples.formBody(text), 413);
        assertEquals(
                ExplainTexts.of(SiteLocale.PT).explain_too_large_heading(),
                html.selectFirst(".notice-error h2").text());
        assertEquals(
                text.length(),
                html.selectFirst("textarea").wholeText().replace("\r\n", "\n").length());
    }

    @Test
    void unknownLocaleIs404() {
        given().contentType("text/plain")
                .body(Samples.formBody("550 5.1.1"))
                .post("/xx/explain")
                .then()
                .statusCode(404);
    }

    private static Document post(String path, byte[] body, int status) {
        return Jsoup.parse(given().contentType("text/plain; charset=UTF-8")
                .body(body)
                .post(path)
                .then()
                .statusCode(status)
                .extract()
                .asString());
    }
}
