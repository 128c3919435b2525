package io.smtpatlas.core.catalog;

import io.smtpatlas.core.code.EnhancedStatusCode;
import io.smtpatlas.core.code.SmtpCode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A fact table whose rows are keyed by a code ("550", "4.7.12"), by every class of an enhanced code ("X.7.12") or by
 * a whole subject ("X.7.*"). The most precise row wins. Each value keeps the row's source text.
 */
final class CodeRules<T> {

    record Rule<T>(T value, String source) {}

    private final Map<String, Rule<T>> rows = new HashMap<>();

    CodeRules(String table, java.util.function.Function<String, T> parse) {
        for (String[] row : CatalogLoader.keyed(table, 3)) {
            if (rows.put(row[0], new Rule<>(parse.apply(row[1]), row[2])) != null) {
                throw new IllegalStateException(table + " names " + row[0] + " twice");
            }
        }
    }

    /** The keys of the table, for checks that every key names a real code. */
    List<String> keys() {
        return List.copyOf(rows.keySet());
    }

    Optional<Rule<T>> find(SmtpCode code) {
        Rule<T> exact = rows.get(code.id());
        if (exact != null || !(code instanceof EnhancedStatusCode enhanced)) {
            return Optional.ofNullable(exact);
        }
        Rule<T> anyClass = rows.get(enhanced.registryId());
        if (anyClass != null) {
            return Optional.of(anyClass);
        }
        return Optional.ofNullable(rows.get("X." + enhanced.subjectNumber() + ".*"));
    }
}
