package io.smtpatlas.web.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.search.SearchHit;
import io.smtpatlas.data.search.SearchService;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The quality gate: the development set of real queries (lang, query, acceptable codes). Each query is reported on
 * its own; together they must reach hit@3 ≥ 0.9. Prints hit@1, hit@3 and MRR.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchQualityTest {

    record Case(SiteLocale locale, String query, Set<String> acceptable) {
        @Override
        public String toString() {
            return locale.tag() + ": " + query;
        }
    }

    @Inject
    SearchService search;

    private final List<Double> reciprocalRanks = new ArrayList<>();

    /** The shared development set, and queries of the same kind that we wrote ourselves. */
    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>(read("/search/search-dev.tsv"));
        cases.addAll(read("/search/search-extra.tsv"));
        return cases;
    }

    private static List<Case> read(String resource) throws IOException {
        List<Case> cases = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                SearchQualityTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                cases.add(new Case(SiteLocale.fromTag(cells[0]), cells[1], Set.of(cells[2].split(","))));
            }
        }
        return cases;
    }

    @BeforeAll
    void reset() {
        reciprocalRanks.clear();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsAnAcceptableCodeNearTheTop(Case c) {
        List<SearchHit> hits = search.search(c.query(), c.locale(), 10).hits();
        int rank = 0;
        for (int i = 0; i < hits.size(); i++) {
            if (c.acceptable().contains(hits.get(i).code())) {
                rank = i + 1;
                break;
            }
        }
        reciprocalRanks.add(rank == 0 ? 0.0 : 1.0 / rank);
        System.out.printf("search %-50s rank %d  top: %s%n", c, rank,
                hits.stream().limit(3).map(SearchHit::code).toList());
    }

    @AfterAll
    void qualityGate() {
        int n = reciprocalRanks.size();
        double hit1 = reciprocalRanks.stream().filter(r -> r == 1.0).count() / (double) n;
        double hit3 = reciprocalRanks.stream().filter(r -> r >= 1.0 / 3).count() / (double) n;
        double mrr = reciprocalRanks.stream().mapToDouble(Double::doubleValue).sum() / n;
        System.out.printf("Search quality over %d queries: hit@1 %.3f, hit@3 %.3f, MRR %.3f%n", n, hit1, hit3, mrr);
        assertTrue(hit3 >= 0.9, "hit@3 " + hit3 + " is below 0.9");
    }
}
