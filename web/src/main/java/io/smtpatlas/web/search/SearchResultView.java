package io.smtpatlas.web.search;

import java.util.List;

/** One result as the search page, the suggestion list and the API show it. */
public record SearchResultView(
        String code,
        String title,
        List<SnippetPart> snippet,
        String url,
        float score,
        int classDigit,
        String className) {

    /** The snippet as plain text, for the JSON API. */
    public String snippetText() {
        if (snippet.size() == 1) {
            return snippet.get(0).text();
        }
        StringBuilder text = new StringBuilder();
        snippet.forEach(part -> text.append(part.text()));
        return text.toString();
    }
}
