package io.smtpatlas.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A reader types what they see into the search box and gets there: the suggestion list shows the code they mean,
 * the arrow keys reach it and Enter opens its page. In English words and in the reader's own language.
 */
@QuarkusTest
class SearchComboboxBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "fr|server hides user",
                "fr|le serveur cache les utilisateurs",
                "ja|server hides user",
                "ja|サーバーがユーザーを隠す",
                "vi|server hides user",
                "vi|máy chủ ẩn người dùng",
                "vi|may chu an nguoi dung"
            })
    void typingShowsTheCodeAndEnterOpensIt(String lang, String query) throws Exception {
        Files.createDirectories(Chromium.SCREENSHOTS);
        try (Playwright playwright = Chromium.playwright();
                Browser browser = Chromium.launch(playwright)) {
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900));
            List<String> problems = new ArrayList<>();
            page.onConsoleMessage(message -> {
                // Content Security Policy violations and script errors; a missing favicon is not ours to judge.
                if ("error".equals(message.type()) && !message.text().contains("404")) {
                    problems.add(message.text());
                }
            });
            page.navigate(root + lang + "/search");
            Locator box = page.locator("#search-page-q");
            box.pressSequentially(query, new Locator.PressSequentiallyOptions().setDelay(30));

            Locator option = page.locator("#search-page-q-listbox [role=option][data-code='252']");
            option.waitFor();
            assertTrue(option.isVisible(), "252 is shown in the suggestion list");
            assertEquals("true", box.getAttribute("aria-expanded"));
            assertTrue(option.innerText().contains("252"));
            String shot = "search-" + lang + "-"
                    + (query.startsWith("server")
                            ? "english-words"
                            : query.chars().allMatch(c -> c < 128) ? "no-diacritics" : "own-words");
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve(shot + ".png")));
            page.setViewportSize(390, 844);
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve(shot + "-390.png")));

            String wanted = option.getAttribute("id");
            for (int i = 0; i < 8 && !wanted.equals(box.getAttribute("aria-activedescendant")); i++) {
                box.press("ArrowDown");
            }
            assertEquals(wanted, box.getAttribute("aria-activedescendant"));
            assertEquals("true", option.getAttribute("aria-selected"));
            box.press("Enter");
            page.waitForURL("**/" + lang + "/smtp/252");
            assertTrue(page.locator("h1").innerText().contains("252"));
            assertTrue(problems.isEmpty(), "console errors (CSP?): " + problems);
        }
    }

    @Test
    void escapeClosesTheListAndAClickOpensACode() throws Exception {
        try (Playwright playwright = Chromium.playwright();
                Browser browser = Chromium.launch(playwright)) {
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900));
            page.navigate(root + "en/smtp/550");
            Locator box = page.locator("#site-search-q");
            box.pressSequentially("mailbox full", new Locator.PressSequentiallyOptions().setDelay(30));
            Locator list = page.locator("#site-search-q-listbox");
            list.locator("[role=option]").first().waitFor();
            box.press("Escape");
            assertEquals("false", box.getAttribute("aria-expanded"));
            assertTrue(list.isHidden());

            box.press("ArrowDown");
            assertEquals("true", box.getAttribute("aria-expanded"));
            Locator first = list.locator("[role=option]").first();
            String code = first.getAttribute("data-code");
            first.click();
            page.waitForURL("**/en/smtp/" + code);
        }
    }
}
