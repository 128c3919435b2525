package io.smtpatlas.web.search;

import io.smtpatlas.web.code.CodeLink;
import java.util.List;

/** What the search page shows: the query, its results or, when there are none, other ways on. */
public record SearchView(String query, List<SearchResultView> results, int total, String didYouMean,
        String didYouMeanUrl, List<CodeLink> popular, String countLine) {
}
