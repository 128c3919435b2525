package io.smtpatlas.data.search;

import io.smtpatlas.core.code.ReplyClass;
import io.smtpatlas.core.code.ReplyCode;
import io.smtpatlas.core.code.SmtpCode;

/**
 * A mild preference among codes whose texts fit a query equally well: people meet the common basic codes far more
 * often than registry-only ones, and failures more often than the success forms of enhanced codes.
 */
final class SearchPrior {

    private SearchPrior() {}

    static float of(SmtpCode code) {
        if (code instanceof ReplyCode basic) {
            return basic.rare() ? 0.9f : 1.3f;
        }
        return code.replyClass() == ReplyClass.PERMANENT_NEGATIVE
                ? 1.1f
                : code.replyClass() == ReplyClass.TRANSIENT_NEGATIVE ? 0.9f : 0.85f;
    }
}
