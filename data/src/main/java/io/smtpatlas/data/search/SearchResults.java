package io.smtpatlas.data.search;

import java.util.List;

/**
 * The outcome of one search: one page of the best hits, how many codes are relevant in all (those scoring close
 * enough to the best one, not every code that shares a word), the terms to highlight in snippets (analyzed as the
 * reader's locale analyzes text, stop words excluded) and a corrected query when it would help.
 */
public record SearchResults(List<SearchHit> hits, int total, List<String> highlightTerms, String didYouMean) {

    public static SearchResults empty() {
        return new SearchResults(List.of(), 0, List.of(), null);
    }
}
