package io.smtpatlas.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** A translator's day: sign in, fix a French text, and read it on the public French page. */
@QuarkusTest
class AdminEditBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void signsInEditsAFrenchTextAndSeesItOnThePublicPage() throws Exception {
        Files.createDirectories(Chromium.SCREENSHOTS);
        String newTitle = "Nœud non autorisé pour ETRN (révisé)";
        try (Playwright playwright = Chromium.playwright(); Browser browser = Chromium.launch(playwright)) {
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 1200));
            page.navigate(root + "admin/translations/459/fr");
            page.waitForURL("**/admin/login");
            page.fill("#username", "admin");
            page.fill("#password", "admin-test-password");
            page.click("button[type=submit]");
            // Signing in leads back to the page that asked for it.
            page.waitForURL("**/admin/translations/459/fr");
            assertTrue(page.locator("h1").textContent().contains("459"));
            page.fill("#body-title", newTitle);
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("admin-editor.png")));
            page.click("#title button[value=review]");
            page.waitForURL("**/admin/translations/459/fr?done=title*");
            assertEquals(newTitle, page.inputValue("#body-title"));

            page.navigate(root + "fr/smtp/459");
            assertEquals("fr", page.getAttribute("html", "lang"));
            assertTrue(page.locator("h1").textContent().contains(newTitle));
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("public-fr-459.png")));
        }
    }
}
