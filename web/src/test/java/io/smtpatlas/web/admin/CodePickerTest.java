package io.smtpatlas.web.admin;

import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Finding work without typing URLs: the code picker by number or title, and "next" by state. */
@QuarkusTest
class CodePickerTest {

    @Test
    void findsACodeByNumberFirstThenByTitleInEnglishOrTheTargetLanguage() {
        AdminSession admin = AdminSession.login("admin", AdminSession.ADMIN_PASSWORD);
        Document page = admin.page("/admin/codes?lang=fr&q=550");
        assertEquals("550", codes(page).get(0), "the exact code comes first");
        assertEquals(
                "/admin/translations/550/fr",
                page.selectFirst(".picker-results a").attr("href"));
        assertTrue(codes(admin.page("/admin/codes?lang=fr&q=5.7.")).stream().allMatch(code -> code.startsWith("5.7.")));
        assertTrue(codes(admin.page("/admin/codes?lang=de&q=mailbox full")).contains("5.2.2"), "English title");
        assertTrue(
                codes(admin.page("/admin/codes?lang=fr&q=boîte aux lettres pleine"))
                        .contains("5.2.2"),
                "title in the target language");
        assertTrue(codes(admin.page("/admin/codes?lang=fr&q=zzzz-nothing")).isEmpty());
    }

    @Test
    void nextLeadsToTheNextCodeWithThatKindOfWorkAndBackToTheListWhenNoneIsLeft() {
        AdminSession admin = AdminSession.login("admin", AdminSession.ADMIN_PASSWORD);
        Document editor = admin.page("/admin/translations/251/vi");
        admin.post(
                        "/admin/translations/251/vi",
                        AdminWorkflowTest.form(editor, Map.of("title", "Người nhận không ở đây"), "review"))
                .then()
                .statusCode(303);
        admin.get("/admin/next?lang=vi&state=in-review&after=211")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/admin/translations/251/vi"));
        admin.get("/admin/next?lang=vi&state=missing&after=211")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/admin/translations?lang=vi&state=missing"));
    }

    /** The codes listed, in order. */
    private static List<String> codes(Document page) {
        return page.select(".picker-results a .code").stream()
                .map(code -> code.text())
                .toList();
    }
}
