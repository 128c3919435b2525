package io.smtpatlas.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * A tool on another site calls the API from the browser: Chromium enforces CORS, so this is what a helpdesk or
 * mailing-list dashboard would see. The tool's page comes from a small server of its own on another port: another
 * origin. Screenshots: Swagger UI, desktop and phone.
 */
@QuarkusTest
class CrossOriginApiBrowserTest {

    private static final String TOOL_PAGE = "<!DOCTYPE html><html lang=\"en\"><title>Bounce tool</title><p>tool</p>";

    @TestHTTPResource("/")
    URL root;

    @Test
    void aPageOnAnotherOriginReadsTheApiButNotThePages() throws IOException {
        String api = root.toString();
        HttpServer tool = HttpServer.create(new InetSocketAddress(root.getHost(), 0), 0);
        tool.createContext("/", exchange -> {
            byte[] html = TOOL_PAGE.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html;charset=UTF-8");
            exchange.sendResponseHeaders(200, html.length);
            exchange.getResponseBody().write(html);
            exchange.close();
        });
        tool.start();
        try (Playwright playwright = Chromium.playwright();
                Browser browser = Chromium.launch(playwright)) {
            Page page = browser.newPage();
            page.navigate("http://" + root.getHost() + ":" + tool.getAddress().getPort() + "/tool.html");

            Object title = page.evaluate(
                    "url => fetch(url).then(r => r.json()).then(code => code.title)", api + "api/v1/codes/550?lang=fr");
            assertEquals("Boîte aux lettres indisponible", title);
            Object error = page.evaluate(
                    "url => fetch(url).then(r => r.json()).then(e => e.status + ' ' + e.error)", api + "api/codes/599");
            assertEquals("404 Not Found", error);

            // A page of the site is not shared with other origins: the browser refuses to hand it over.
            Object page404 = page.evaluate("url => fetch(url).then(() => 'read', e => e.name)", api + "fr/smtp/550");
            assertEquals("TypeError", page404);
        } finally {
            tool.stop(0);
        }
    }

    @Test
    void swaggerUiShowsTheApi() throws Exception {
        Files.createDirectories(Chromium.SCREENSHOTS);
        try (Playwright playwright = Chromium.playwright();
                Browser browser = Chromium.launch(playwright)) {
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 1400));
            page.navigate(root + "q/swagger-ui/");
            page.locator(".opblock-summary-path").first().waitFor();
            String paths =
                    String.join(" ", page.locator(".opblock-summary-path").allTextContents());
            assertTrue(paths.contains("/api/v1/codes/{code}"), paths);
            assertTrue(!paths.contains("/admin"), paths);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Chromium.SCREENSHOTS.resolve("swagger-ui.png"))
                    .setFullPage(false));
            page.setViewportSize(390, 1000);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Chromium.SCREENSHOTS.resolve("swagger-ui-phone.png"))
                    .setFullPage(false));
        }
    }
}
