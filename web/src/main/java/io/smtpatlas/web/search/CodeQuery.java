package io.smtpatlas.web.search;

import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.catalog.CodeSyntax;
import io.smtpatlas.core.code.SmtpCode;
import io.smtpatlas.core.compare.CodePair;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.web.site.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A query that is nothing but one or two codes ("550", "5.7.1", "550 5.7.1", "550-5.1.1" as Gmail writes it): the
 * reader wants that code's page, or the comparison of the two, not a list of results. Codes shaped right that the
 * catalog does not hold are kept, so the page can say so.
 */
record CodeQuery(List<SmtpCode> known, List<String> unknown) {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;/+]+|-vs-|-");

    static Optional<CodeQuery> of(String query, Catalog catalog) {
        String[] parts = SEPARATORS.split(query.strip().replaceAll("(?i)\\s+vs\\.?\\s+", " "));
        if (parts.length == 0 || parts.length > 2) {
            return Optional.empty();
        }
        Set<SmtpCode> known = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String part : parts) {
            if (!CodeSyntax.isBasic(part) && !CodeSyntax.isEnhanced(part)) {
                return Optional.empty();
            }
            catalog.find(part).ifPresentOrElse(known::add, () -> unknown.add(part));
        }
        return Optional.of(new CodeQuery(List.copyOf(known), List.copyOf(unknown)));
    }

    /** The page the codes lead to when every code exists: the code's own page, or the comparison of two. */
    Optional<String> page(SiteLocale locale) {
        if (!unknown.isEmpty()) {
            return Optional.empty();
        }
        return switch (known.size()) {
            case 1 -> Optional.of(Paths.code(locale, known.get(0)));
            case 2 -> Optional.of(Paths.compare(locale, CodePair.of(known.get(0), known.get(1))));
            default -> Optional.empty();
        };
    }
}
