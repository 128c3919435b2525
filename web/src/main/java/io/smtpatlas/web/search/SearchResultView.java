package io.smtpatlas.web.search;

import java.util.List;

/** One result as the search page and the API show it. */
public record SearchResultView(String code, String title, List<SnippetPart> snippet, String url, float score) {

    /** The snippet as plain text, for the JSON API. */
    public String snippetText() {
        StringBuilder text = new StringBuilder();
        snippet.forEach(part -> text.append(part.text()));
        return text.toString();
    }
}
