package io.smtpatlas.core.diagnosis.classify;

import io.smtpatlas.core.diagnosis.BounceReason;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Bounces whose writer says what happened only by who it is: a mailing-list service refusing a post writes its
 * notice in the reader's language with no code. Used when neither the words nor a code gave a reason.
 */
public final class VendorHints {

    private record Hint(Pattern marker, BounceReason reason) {}

    private static final List<Hint> HINTS = List.of(
            // Google Groups: the group does not exist or the sender may not post to it.
            new Hint(Pattern.compile("groups\\.google\\.com/support|google groups"), BounceReason.REJECTED));

    /** Content-filtering gateways: they accept the message, then refuse it for a recipient after their checks. */
    private static final List<String> FILTERING_GATEWAYS = List.of(
            "mcafee",
            "m-filter",
            "mxlogic",
            "surfcontrol",
            "mailfoundry",
            "interscan messaging",
            "mailmarshal",
            "barracuda");

    private VendorHints() {}

    public static boolean isFilteringGateway(String reportText) {
        if (reportText == null) {
            return false;
        }
        String lower =
                (reportText.length() > 16_384 ? reportText.substring(0, 16_384) : reportText).toLowerCase(Locale.ROOT);
        return FILTERING_GATEWAYS.stream().anyMatch(lower::contains);
    }

    public static BounceReason of(String reportText) {
        if (reportText == null) {
            return null;
        }
        String lower =
                (reportText.length() > 16_384 ? reportText.substring(0, 16_384) : reportText).toLowerCase(Locale.ROOT);
        for (Hint hint : HINTS) {
            if (lower.contains("google") && hint.marker().matcher(lower).find()) {
                return hint.reason();
            }
        }
        return null;
    }
}
