package io.smtpatlas.data.search;

import java.util.List;

/**
 * The outcome of one search: the best hits, how many codes matched in all, the folded words to highlight in
 * snippets, and a corrected query when some words match nothing.
 */
public record SearchResults(List<SearchHit> hits, int total, List<String> highlightTerms, String didYouMean) {

    public static SearchResults empty() {
        return new SearchResults(List.of(), 0, List.of(), null);
    }
}
