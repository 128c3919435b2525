package io.smtpatlas.web.search;

import io.smtpatlas.web.code.CodeLink;
import java.util.List;

/**
 * What the search page shows: the query, one page of its relevant results with an honest count and links to the
 * pages around it, or, when there are none, other ways on. {@code unknownCodes} are code-shaped words of the query
 * that the catalog lacks; {@code closest} are the codes nearest to them.
 */
public record SearchView(
        String query,
        List<SearchResultView> results,
        int total,
        String didYouMean,
        String didYouMeanUrl,
        List<CodeLink> popular,
        String countLine,
        String previousUrl,
        String nextUrl,
        List<String> unknownCodes,
        List<CodeLink> closest,
        int firstRank) {}
