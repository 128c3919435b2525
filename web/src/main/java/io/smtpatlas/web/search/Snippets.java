package io.smtpatlas.web.search;

import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.search.Highlights;
import java.util.ArrayList;
import java.util.List;

/** Cuts a text into plain and highlighted parts: a highlighted part is a word that matched the query. */
final class Snippets {

    private Snippets() {}

    static List<SnippetPart> highlight(String text, SiteLocale locale, List<String> terms) {
        List<Highlights.Span> spans = Highlights.of(text, locale, terms);
        if (spans.isEmpty()) {
            return List.of(new SnippetPart(text, false));
        }
        List<SnippetPart> parts = new ArrayList<>(spans.size() * 2 + 1);
        int last = 0;
        for (Highlights.Span span : spans) {
            if (span.start() > last) {
                parts.add(new SnippetPart(text.substring(last, span.start()), false));
            }
            parts.add(new SnippetPart(text.substring(span.start(), span.end()), true));
            last = span.end();
        }
        if (last < text.length()) {
            parts.add(new SnippetPart(text.substring(last), false));
        }
        return parts;
    }
}
