package io.smtpatlas.web.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.code.SmtpCodeRepository;
import io.smtpatlas.data.content.CodeContentService;
import io.smtpatlas.data.content.ContentSeeder;
import io.smtpatlas.data.content.ShippedContent;
import io.smtpatlas.data.translation.CodeText;
import io.smtpatlas.data.translation.CodeTextRepository;
import io.smtpatlas.data.translation.TextField;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Runs on the build's database: H2 by default, the real PostgreSQL with -Ppostgres. */
@QuarkusTest
class ContentSeederTest {

    @Inject
    ContentSeeder seeder;
    @Inject
    CodeTextRepository texts;
    @Inject
    SmtpCodeRepository codes;
    @Inject
    CodeContentService content;
    @Inject
    Catalog catalog;

    @Test
    void loadsEveryCodeAndItsEnglishTextsAtStart() {
        assertEquals(catalog.all().size(), codes.count());
        long english = texts.countByLocale("en");
        long required = java.util.Arrays.stream(TextField.values()).filter(TextField::required).count();
        long optional = ShippedContent.read(SiteLocale.EN).values().stream()
                .mapToLong(fields -> fields.keySet().stream().filter(field -> !field.required()).count()).sum();
        assertEquals(catalog.all().size() * required + optional, english);
    }

    @Test
    void aSecondLoadChangesNothing() {
        long before = texts.count();
        ContentSeeder.SeedReport report = seeder.seed();
        assertEquals(new ContentSeeder.SeedReport(0, 0, 0), report);
        assertEquals(before, texts.count());
    }

    @Test
    void neverOverwritesATextSomebodyEdited() {
        QuarkusTransaction.requiringNew().run(() -> {
            CodeText title = texts.find("code = ?1 and locale = 'en' and field = ?2", "221", TextField.TITLE)
                    .singleResult();
            title.body = "Closing the channel (edited)";
            title.updatedBy = "editor";
            title.revision++;
            title.publish(java.time.Instant.now());
        });
        seeder.seed();
        content.invalidate("221");
        assertEquals("Closing the channel (edited)", content.contentOf("221", SiteLocale.EN).title());
    }

    @Test
    void refreshesAShippedTextThatNobodyEdited() {
        QuarkusTransaction.requiringNew().run(() -> {
            CodeText summary = texts.find("code = ?1 and locale = 'en' and field = ?2", "214", TextField.SUMMARY)
                    .singleResult();
            summary.body = "an older shipped summary";
            summary.publishedBody = summary.body;
        });
        ContentSeeder.SeedReport report = seeder.seed();
        assertEquals(1, report.textsRefreshed());
        content.invalidate("214");
        assertTrue(!content.contentOf("214", SiteLocale.EN).summary().equals("an older shipped summary"));
    }
}
