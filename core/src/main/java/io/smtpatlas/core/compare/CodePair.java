package io.smtpatlas.core.compare;

import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.catalog.CodeSyntax;
import io.smtpatlas.core.code.SmtpCode;
import java.util.List;

/**
 * Two different codes in canonical order (basic codes ascending, then enhanced codes ascending), so that each
 * unordered pair has exactly one URL: "235-vs-252".
 */
public record CodePair(SmtpCode first, SmtpCode second) {

    private static final String SEPARATOR = "-vs-";

    public CodePair {
        if (first.equals(second)) {
            throw new IllegalArgumentException("A comparison needs two different codes: " + first.id());
        }
        if (SmtpCode.CANONICAL_ORDER.compare(first, second) > 0) {
            throw new IllegalArgumentException("Not in canonical order: " + first.id() + SEPARATOR + second.id());
        }
    }

    /** The pair of two different codes, whichever order they come in. */
    public static CodePair of(SmtpCode a, SmtpCode b) {
        return SmtpCode.CANONICAL_ORDER.compare(a, b) <= 0 ? new CodePair(a, b) : new CodePair(b, a);
    }

    /**
     * Splits "235-vs-252" into its two code texts, in the order written. Throws {@link MalformedPairException}
     * unless both halves are shaped like codes.
     */
    public static List<String> split(String slug) {
        int separator = slug == null ? -1 : slug.indexOf(SEPARATOR);
        if (separator < 0 || slug.indexOf(SEPARATOR, separator + 1) >= 0) {
            throw new MalformedPairException(String.valueOf(slug));
        }
        String a = slug.substring(0, separator);
        String b = slug.substring(separator + SEPARATOR.length());
        if (!isCodeShaped(a) || !isCodeShaped(b)) {
            throw new MalformedPairException(slug);
        }
        return List.of(a, b);
    }

    /** Parses a slug whose codes must exist; same-code and order checks are left to the caller. */
    public static CodePair parse(String slug, Catalog catalog) {
        List<String> ids = split(slug);
        return of(catalog.require(ids.get(0)), catalog.require(ids.get(1)));
    }

    private static boolean isCodeShaped(String text) {
        return CodeSyntax.isBasic(text) || CodeSyntax.isEnhanced(text);
    }

    public String slug() {
        return first.id() + SEPARATOR + second.id();
    }

    /** True when the two codes were written in this pair's order. */
    public boolean isWrittenAs(String a, String b) {
        return first.id().equals(a) && second.id().equals(b);
    }
}
