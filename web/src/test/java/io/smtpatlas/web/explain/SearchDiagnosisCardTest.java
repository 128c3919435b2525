package io.smtpatlas.web.explain;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.smtpatlas.core.locale.SiteLocale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SearchDiagnosisCardTest {

    @Test
    void pastedBounceLineGetsADiagnosisCardAboveTheResultsAndNoDidYouMean() {
        String line = "<someone@gmail.com>: host gmail-smtp-in.l.google.com said: 550-5.1.1 The email account that"
                + " you tried to reach does not exist (in reply to RCPT TO command)";
        Document html = Jsoup.parse(given().queryParam("q", line)
                .get("/de/search")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        Element card = html.selectFirst("main .diagnosis-result article.diagnosis");
        assertEquals(
                ExplainTexts.of(SiteLocale.DE).explain_verdict_permanent(),
                card.child(0).text());
        assertEquals("someone@gmail.com", card.selectFirst("h3 .address").text());
        assertFalse(card.select("a[href=/de/smtp/5.1.1]").isEmpty());
        assertNull(html.selectFirst(".did-you-mean"), "no did-you-mean for a pasted bounce");
        Element results = html.selectFirst("ol.results");
        assertTrue(
                results == null
                        || card.elementSiblingIndex() >= 0
                                && html.select("main > *").indexOf(html.selectFirst("main .diagnosis-result"))
                                        < html.select("main > *").indexOf(results),
                "the card comes before the results");
    }

    @Test
    void ordinaryWordsGetNoCard() {
        Document html = Jsoup.parse(given().queryParam("q", "hello world")
                .get("/en/search")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertNull(html.selectFirst(".diagnosis-result"));
    }
}
