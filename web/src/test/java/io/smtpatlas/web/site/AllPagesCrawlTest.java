package io.smtpatlas.web.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.code.SmtpCode;
import io.smtpatlas.core.compare.CodePair;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.web.code.CodePage;
import io.smtpatlas.web.compare.ComparePage;
import io.smtpatlas.web.seo.SitemapPairs;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Renders every code page and every comparison of the sitemap in every locale, in process (no HTTP, no page
 * cache), and reads each one as a reviewer would: no doubled word, no English prose left on a page of another
 * locale (quoted wire texts, codes and elements marked lang="en" aside), no "any command" shown as a command.
 */
@QuarkusTest
class AllPagesCrawlTest {

    /** The labels "any command" had when it was shown as a command; none may come back as a list item. */
    private static final List<String> ANY_COMMAND_CHIPS = List.of(
            "Any command",
            "N'importe quelle commande",
            "Jeder Befehl",
            "Cualquier comando",
            "Qualquer comando",
            "Bất kỳ lệnh nào",
            "任意のコマンド",
            "任意命令");
    /** Repetitions that are grammatical: French reflexives ("vous vous connectez"), German "die die", "das das". */
    private static final Set<String> GRAMMATICAL_REPEATS =
            Set.of("vous vous", "nous nous", "die die", "das das", "der der", "sie sie", "se se", "com com");
    /**
     * Vietnamese doubles syllables by design ("song song", "từ từ") and joins compounds ("người nhận nhận"), so
     * only function words that never repeat count as doubled there.
     */
    private static final Set<String> VIETNAMESE_FUNCTION_WORDS = Set.of(
            "các", "của", "và", "là", "được", "cho", "một", "những", "trong", "với", "khi", "không", "thì", "này",
            "để");
    /** Terms other locales borrow from English on purpose. */
    private static final Pattern BORROWED = Pattern.compile("(?i)man[- ]in[- ]the[- ]middle");
    /** English words that no other locale uses; one of them outside quotes and code is English left behind. */
    private static final Set<String> ENGLISH_WORDS = Set.of(
            "the", "and", "your", "with", "this", "that", "when", "which", "should", "been", "does", "there", "their",
            "would", "could", "about");

    private static final Pattern CODE_OR_ENGLISH =
            Pattern.compile("(?s)<(code|script|style)[^>]*>.*?</\\1>|<(\\w+)[^>]*\\blang=\"en\"[^>]*>.*?</\\2>");
    private static final Pattern QUOTED =
            Pattern.compile("\"[^\"]*\"|“[^”]*”|«[^»]*»|„[^“]*“|「[^」]*」|&quot;.*?&quot;|&#34;.*?&#34;");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    @Inject
    Catalog catalog;

    @Inject
    CodePage codePage;

    @Inject
    ComparePage comparePage;

    @Test
    void everyPageInEveryLocaleReadsRight() {
        List<CodePair> pairs = SitemapPairs.of(catalog);
        long start = System.nanoTime();
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        int[] pages = {0};
        for (SiteLocale locale : SiteLocale.values()) {
            for (SmtpCode code : catalog.all()) {
                check(locale, "/smtp/" + code.id(), codePage.render(locale, code), problems);
                pages[0]++;
            }
            pairs.parallelStream()
                    .forEach(pair -> check(
                            locale, "/smtp/" + pair.slug(), withoutCards(comparePage.render(locale, pair)), problems));
            pages[0] += pairs.size();
        }
        assertEquals(8 * (catalog.all().size() + pairs.size()), pages[0]);
        System.out.printf("Crawled %d pages in %d ms%n", pages[0], (System.nanoTime() - start) / 1_000_000);
        assertEquals(
                List.of(),
                problems.subList(0, Math.min(problems.size(), 40)),
                problems.size() + " problems in " + pages[0] + " pages");
    }

    @Test
    void theChecksFindWhatTheyLookFor() {
        List<String> problems = new ArrayList<>();
        check(
                SiteLocale.FR,
                "/x",
                "<body><p>Le serveur le le refuse.</p><p>Read the text of the reply.</p>"
                        + "<ul><li>N'importe quelle commande</li></ul><p>« the quoted text » <code>the wire</code></p></body>",
                problems);
        assertEquals(3, problems.size(), problems.toString());
        problems.clear();
        check(SiteLocale.VI, "/x", "<body><p>chạy song song và và</p><p>fix it</p><p>It works</p></body>", problems);
        assertEquals(List.of("/vi/x: doubled \"và và\""), problems);
    }

    /**
     * A comparison's two cards repeat the code pages' own texts word for word, and those are checked as code pages;
     * what is left is what the comparison itself says.
     */
    private static String withoutCards(String html) {
        int cards = html.indexOf("<div class=\"compare-grid\">");
        int which = html.indexOf("<section class=\"which\">");
        return cards > 0 && which > cards ? html.substring(0, cards) + html.substring(which) : html;
    }

    private static void check(SiteLocale locale, String path, String html, List<String> problems) {
        String where = "/" + locale.tag() + path + ": ";
        for (String chip : ANY_COMMAND_CHIPS) {
            if (html.contains("<li>" + chip + "</li>")) {
                problems.add(where + "\"" + chip + "\" shown as a command");
            }
        }
        String body = html.substring(Math.max(0, html.indexOf("<body")));
        scan(text(body, Function.identity()), (previous, word, gapIsSpace, at) -> {
            if (gapIsSpace
                    && previous.equalsIgnoreCase(word)
                    && previous.length() > 1
                    && !GRAMMATICAL_REPEATS.contains((previous + " " + word).toLowerCase(Locale.ROOT))
                    && !(locale == SiteLocale.VI
                            && !VIETNAMESE_FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT)))) {
                problems.add(where + "doubled \"" + previous + " " + word + "\"");
            }
        });
        if (locale != SiteLocale.EN) {
            String prose = text(
                    CODE_OR_ENGLISH.matcher(body).replaceAll(" "),
                    t -> BORROWED.matcher(QUOTED.matcher(t).replaceAll(" ")).replaceAll(" "));
            Set<String> seen = new HashSet<>();
            scan(prose, (previous, word, gapIsSpace, at) -> {
                if (ENGLISH_WORDS.contains(word) && seen.add(word)) {
                    int from = Math.max(0, at - 50);
                    problems.add(where + "English \""
                            + prose.substring(from, Math.min(prose.length(), at + 30))
                                    .strip() + "\"");
                }
            });
        }
    }

    /** Called for each word with the word before it and whether only white space separates the two. */
    private interface WordVisitor {
        void visit(String previous, String word, boolean gapIsSpace, int at);
    }

    /** One pass over the letters of a text: words are runs of letters, anything else separates them. */
    private static void scan(String text, WordVisitor visitor) {
        String previous = "";
        boolean onlySpace = true;
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (Character.isLetter(c)) {
                int start = i;
                while (i < text.length() && Character.isLetterOrDigit(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                String word = text.substring(start, i);
                visitor.visit(previous, word, onlySpace, start);
                previous = word;
                onlySpace = true;
            } else {
                if (!Character.isWhitespace(c)) {
                    onlySpace = false;
                }
                i += Character.charCount(c);
            }
        }
    }

    private static String text(String html, Function<String, String> clean) {
        // Each element boundary breaks a sentence, so "…fix it</p><p>It…" is not a doubled word.
        return clean.apply(
                TAG.matcher(html).replaceAll(" ¦ ").replace("&nbsp;", " ").replace("&#39;", "'"));
    }
}
