package io.smtpatlas.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.user.AppUser;
import io.smtpatlas.data.user.UserService;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A translator working in French (admin area in French) finds 550 with the code picker, edits two fields, saves
 * once and submits; readers still see the approved text; an admin reads the change as a diff and approves it; the
 * French page shows it.
 */
@QuarkusTest
class TranslationReviewBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    UserService users;

    @Test
    void aTranslatorSubmitsAndAnAdminApprovesWhatReadersThenSee() throws Exception {
        if (AppUser.findByUsername("lucie") == null) {
            users.create("lucie", "lucie-password-1", AppUser.TRANSLATOR, List.of(SiteLocale.FR));
            users.setUiLocale("lucie", SiteLocale.FR);
        }
        Files.createDirectories(Chromium.SCREENSHOTS);
        String title = "Boîte aux lettres indisponible (relu par Lucie)";
        String summary = "Le serveur a refusé définitivement la demande : boîte inconnue ou indisponible, ou blocage "
                + "par une politique (spam, règles de relais). Ne renvoyez pas le message tel quel.";
        try (Playwright playwright = Chromium.playwright();
                Browser browser = Chromium.launch(playwright)) {
            BrowserContext translatorContext =
                    browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
            Page page = translatorContext.newPage();
            page.navigate(root + "admin");
            page.waitForURL("**/admin/login");
            page.fill("#username", "lucie");
            page.fill("#password", "lucie-password-1");
            page.click("button[type=submit]");
            page.waitForURL("**/admin");
            assertEquals("fr", page.getAttribute("html", "lang"));
            assertEquals(
                    "Où en sont les traductions",
                    page.locator("h1").textContent().strip());
            shoot(page, "admin-dashboard-desktop.png");
            assertTrue(page.locator(".progress-list").textContent().contains("Approuvé : "));

            page.fill("#picker-q", "550");
            page.press("#picker-q", "Enter");
            page.waitForURL("**/admin/codes?**");
            page.click(".picker-results a[href='/admin/translations/550/fr']");
            page.waitForURL("**/admin/translations/550/fr");
            assertTrue(page.locator("h1").textContent().contains("550"));
            assertEquals(
                    "Titre", page.locator("label[for=body-title]").textContent().strip());

            List<String> cspErrors = new ArrayList<>();
            page.onConsoleMessage(message -> {
                if (message.text().contains("Content Security Policy")) {
                    cspErrors.add(message.text());
                }
            });
            int summaryHeight = page.locator("#body-summary").boundingBox().height > 0
                    ? (int) page.locator("#body-summary").boundingBox().height
                    : 0;
            page.fill("#body-title", title);
            page.fill("#body-summary", summary + "\n\n" + "Deuxième paragraphe de test.\n".repeat(6));
            assertTrue(
                    page.locator("#body-summary").boundingBox().height > summaryHeight + 50,
                    "the text box grows with its text");
            page.fill("#body-summary", summary);
            shoot(page, "admin-editor-desktop.png");

            // Leaving with unsaved edits asks first; staying keeps them.
            List<String> dialogs = new ArrayList<>();
            page.onDialog(dialog -> {
                dialogs.add(dialog.type());
                dialog.dismiss();
            });
            page.close(new Page.CloseOptions().setRunBeforeUnload(true));
            page.waitForCondition(() -> !dialogs.isEmpty());
            assertEquals(List.of("beforeunload"), dialogs);
            assertFalse(page.isClosed());
            assertEquals(List.of(), cspErrors, "the editor's script runs under the strict CSP");
            page.click(".save-bar button[value=review]");
            page.waitForURL("**/admin/translations/550/fr?saved=2");
            assertEquals(
                    "2 champs enregistrés.",
                    page.locator(".notice").textContent().strip());
            assertEquals(title, page.inputValue("#body-title"));

            page.navigate(root + "fr/smtp/550");
            assertFalse(page.locator("h1").textContent().contains(title), "waiting for review: not public yet");

            BrowserContext adminContext =
                    browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
            Page admin = adminContext.newPage();
            admin.navigate(root + "admin/translations/550/fr");
            admin.waitForURL("**/admin/login");
            admin.fill("#username", "admin");
            admin.fill("#password", "admin-test-password");
            admin.click("button[type=submit]");
            admin.waitForURL("**/admin/translations/550/fr");
            assertTrue(
                    admin.locator("#title .pending ins").textContent().contains("Lucie"), "the diff shows the change");
            assertTrue(admin.locator("#summary .pending").isVisible());
            shoot(admin, "admin-editor-review-desktop.png");
            admin.click(".save-bar button[value='*']");
            admin.waitForURL("**/admin/translations/550/fr?approved=2");

            // The reader's browser kept the page (public, max-age=300): a reload asks again and gets the new version.
            page.navigate(root + "fr/smtp/550");
            page.reload();
            assertEquals("fr", page.getAttribute("html", "lang"));
            assertTrue(page.locator("h1").textContent().contains(title));
            assertTrue(page.locator("main").textContent().contains(summary));

            Page phone = translatorContext.newPage();
            phone.setViewportSize(390, 844);
            phone.navigate(root + "admin");
            shoot(phone, "admin-dashboard-390.png");
            phone.navigate(root + "admin/translations/550/fr");
            shoot(phone, "admin-editor-390.png");
            phone.screenshot(
                    new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("admin-editor-390-fold.png")));
        }
    }

    private static void shoot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Chromium.SCREENSHOTS.resolve(name)));
    }
}
