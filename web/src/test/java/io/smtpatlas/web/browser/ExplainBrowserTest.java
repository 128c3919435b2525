package io.smtpatlas.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.BoundingBox;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** A French reader pastes a Gmail bounce into /fr/explain and reads the diagnosis, with links to the codes. */
@QuarkusTest
class ExplainBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void pastedGmailBounceIsDiagnosedInFrenchWithCodeLinks() throws Exception {
        Files.createDirectories(Chromium.SCREENSHOTS);
        String bounce = sample("gmail-user-unknown.eml");
        try (Playwright playwright = Chromium.playwright();
                Browser browser = Chromium.launch(playwright)) {
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 1000));
            page.navigate(root + "fr/explain");
            assertEquals("fr", page.getAttribute("html", "lang"));
            page.locator("#explain-text").fill(bounce);
            page.locator("form.explain-form button[type=submit]").click();
            page.waitForSelector("article.diagnosis");

            assertEquals("fr", page.getAttribute("html", "lang"));
            Locator card = page.locator("article.diagnosis").first();
            assertEquals(
                    "Échec définitif : ne renvoyez pas le message tel quel",
                    card.locator(".verdict").textContent().strip());
            assertTrue(card.locator("h3").textContent().contains("Destinataire inconnu"));
            assertTrue(card.locator(".steps li").first().textContent().startsWith("Vérifiez l'adresse"));
            assertEquals(
                    "5.1.1",
                    card.locator("a[href='/fr/smtp/5.1.1']").textContent().strip());
            assertEquals(
                    "550", card.locator("a[href='/fr/smtp/550']").textContent().strip());
            assertTrue(card.locator(".diagnostic").textContent().contains("does not exist"));
            assertTrue(
                    page.locator("#explain-text").inputValue().contains("no.such.person@gmail.com"),
                    "the pasted text is still in the box");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Chromium.SCREENSHOTS.resolve("explain-fr.png"))
                    .setFullPage(true));

            card.locator("a[href='/fr/smtp/5.1.1']").click();
            page.waitForURL("**/fr/smtp/5.1.1");
            assertTrue(page.locator("h1").textContent().contains("5.1.1"));
        }
    }

    /** Desktop and phone screenshots of a three-recipient diagnosis; on a phone the verdict and first step fit the first screen. */
    @Test
    void threeRecipientDiagnosisReadsOnDesktopAndPhone() throws Exception {
        Files.createDirectories(Chromium.SCREENSHOTS);
        String bounce = sample("postfix-three-recipients.eml");
        try (Playwright playwright = Chromium.playwright();
                Browser browser = Chromium.launch(playwright)) {
            for (String lang : new String[] {"en", "fr", "ja"}) {
                for (int[] size : new int[][] {{1280, 900}, {390, 844}}) {
                    Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(size[0], size[1]));
                    page.navigate(root + lang + "/explain");
                    page.locator("#explain-text").fill(bounce);
                    page.locator("form.explain-form button[type=submit]").click();
                    page.waitForSelector("article.diagnosis");
                    assertEquals(3, page.locator("article.diagnosis").count());
                    BoundingBox verdict =
                            page.locator("article.diagnosis .verdict").first().boundingBox();
                    BoundingBox firstStep =
                            page.locator("article.diagnosis .steps li").first().boundingBox();
                    assertTrue(
                            verdict.y + verdict.height <= size[1] && firstStep.y + firstStep.height <= size[1],
                            lang + " " + size[0] + " px: verdict and first step on the first screen");
                    String name = "explain-" + lang + (size[0] < 600 ? "-phone" : "-desktop") + ".png";
                    page.screenshot(new Page.ScreenshotOptions()
                            .setPath(Chromium.SCREENSHOTS.resolve(name))
                            .setFullPage(size[0] >= 600));
                    page.close();
                }
            }
        }
    }

    private static String sample(String name) throws IOException {
        try (InputStream in = ExplainBrowserTest.class.getResourceAsStream("/explain/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
