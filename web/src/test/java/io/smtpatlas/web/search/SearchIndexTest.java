package io.smtpatlas.web.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.search.SearchHit;
import io.smtpatlas.data.search.SearchIndex;
import io.smtpatlas.data.search.SearchService;
import io.smtpatlas.data.translation.CodeText;
import io.smtpatlas.data.translation.CodeTextRepository;
import io.smtpatlas.data.translation.TextField;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** A changed text is searchable as soon as the index took it in: no restart, no stale cached results. */
@QuarkusTest
class SearchIndexTest {

    @Inject
    SearchIndex index;

    @Inject
    SearchService search;

    @Inject
    CodeTextRepository texts;

    @Test
    void anEditedKeywordIsFoundAtOnce() {
        String word = "quokkaflux";
        assertEquals(0, search.search(word, SiteLocale.FR, 5).hits().size());

        QuarkusTransaction.requiringNew().run(() -> {
            CodeText keywords = texts.find("code = ?1 and locale = 'fr' and field = ?2", "251", TextField.KEYWORDS)
                    .singleResult();
            keywords.body = keywords.body + ", " + word;
            keywords.publish(java.time.Instant.now());
        });
        index.reindex("251");

        assertEquals("251", search.search(word, SiteLocale.FR, 5).hits().get(0).code());
        assertTrue(
                search.search("251", SiteLocale.FR, 5).hits().stream()
                        .map(SearchHit::code)
                        .toList()
                        .contains("251"),
                "the rest of the document is still indexed");
    }
}
