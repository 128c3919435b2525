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

/** A reader on the Japanese comparison page switches to Vietnamese with the language switcher. */
@QuarkusTest
class LanguageSwitchBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void switchesFromJapaneseToVietnameseOnTheSamePage() throws Exception {
        Files.createDirectories(Chromium.SCREENSHOTS);
        try (Playwright playwright = Chromium.playwright();
                Browser browser = Chromium.launch(playwright)) {
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 1400));
            page.navigate(root + "ja/smtp/235-vs-252");
            assertEquals("ja", page.getAttribute("html", "lang"));
            assertTrue(page.locator("h1").textContent().contains("235"));
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Chromium.SCREENSHOTS.resolve("compare-ja.png"))
                    .setFullPage(true));

            page.locator(".lang-switch a[hreflang=vi]").click();
            page.waitForURL("**/vi/smtp/235-vs-252");

            assertEquals("vi", page.getAttribute("html", "lang"));
            assertTrue(page.locator("h1").textContent().contains("252"));
            assertEquals(
                    "Tiếng Việt",
                    page.locator(".lang-switch [aria-current=page]").textContent());
            String body = page.locator("main").innerText();
            assertTrue(body.contains("235") && body.contains("252"));
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Chromium.SCREENSHOTS.resolve("compare-vi.png"))
                    .setFullPage(true));

            page.setViewportSize(390, 1200);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Chromium.SCREENSHOTS.resolve("compare-vi-phone.png"))
                    .setFullPage(false));
        }
    }
}
