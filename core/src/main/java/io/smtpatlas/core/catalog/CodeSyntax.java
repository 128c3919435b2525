package io.smtpatlas.core.catalog;

import java.util.regex.Pattern;

/** Recognizes the two shapes of code: "550" and "5.1.1" (RFC 3463: class, then 1-3 digit subject and detail). */
public final class CodeSyntax {

    private static final Pattern BASIC = Pattern.compile("[1-9][0-9]{2}");
    private static final Pattern ENHANCED = Pattern.compile("[245]\\.[0-9]{1,3}\\.[0-9]{1,3}");

    private CodeSyntax() {}

    public static boolean isBasic(String text) {
        return text != null && BASIC.matcher(text).matches();
    }

    public static boolean isEnhanced(String text) {
        return text != null && ENHANCED.matcher(text).matches();
    }

    /** Returns the trimmed code, or throws when it has neither shape. */
    public static String require(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (!isBasic(trimmed) && !isEnhanced(trimmed)) {
            throw new MalformedCodeException(text);
        }
        return trimmed;
    }
}
