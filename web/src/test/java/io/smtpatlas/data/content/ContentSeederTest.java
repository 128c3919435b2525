package io.smtpatlas.data.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.diagnosis.Provider;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.code.SmtpCodeRepository;
import io.smtpatlas.data.translation.CodeText;
import io.smtpatlas.data.translation.CodeTextRepository;
import io.smtpatlas.data.translation.TextField;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Map;
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
        // Mail providers' texts live beside the codes' (ContentKeys): one row and a few texts each.
        Map<String, Map<TextField, String>> shipped = ShippedContent.read(SiteLocale.EN);
        long providerTexts = Arrays.stream(Provider.values())
                .mapToLong(provider -> shipped.get(ContentKeys.of(provider)).size())
                .sum();
        assertEquals(catalog.all().size() + Provider.values().length, codes.count());
        long english = texts.countByLocale("en");
        long required =
                Arrays.stream(TextField.values()).filter(TextField::required).count();
        java.util.Set<String> providerKeys =
                Arrays.stream(Provider.values()).map(ContentKeys::of).collect(java.util.stream.Collectors.toSet());
        long optional = shipped.entrySet().stream()
                .filter(entry -> !providerKeys.contains(entry.getKey()))
                .mapToLong(entry -> entry.getValue().keySet().stream()
                        .filter(field -> !field.required())
                        .count())
                .sum();
        assertEquals(catalog.all().size() * required + optional + providerTexts, english);
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
        assertEquals(
                "Closing the channel (edited)",
                content.contentOf("221", SiteLocale.EN).title());
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
