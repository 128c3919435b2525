package io.smtpatlas.data.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.translation.CodeTextRepository;
import io.smtpatlas.data.translation.TextField;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The shipped content covers every field of every code in every locale: nothing falls back to English. */
@QuarkusTest
class ContentCoverageTest {

    @Inject
    CodeTextRepository texts;

    @Inject
    Catalog catalog;

    @ParameterizedTest
    @EnumSource(SiteLocale.class)
    void everyFieldOfEveryCodeIsWritten(SiteLocale locale) {
        int codes = catalog.all().size();
        StringBuilder report = new StringBuilder(locale.tag() + ":");
        int missing = 0;
        for (TextField field : TextField.values()) {
            if (!field.required()) {
                continue;
            }
            Set<String> written = texts.findByLocaleAndField(locale.tag(), field).stream()
                    .filter(text -> !text.body.isBlank())
                    .map(text -> text.code)
                    // Codes only: mail providers' texts share the table and are checked by ProviderTextsTest.
                    .filter(code -> catalog.find(code).isPresent())
                    .collect(Collectors.toSet());
            report.append(String.format(" %s %d/%d", field.key(), written.size(), codes));
            missing += codes - written.size();
        }
        System.out.println("Content coverage " + report);
        assertEquals(0, missing, report.toString());
    }
}
