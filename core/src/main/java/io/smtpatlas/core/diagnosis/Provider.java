package io.smtpatlas.core.diagnosis;

import java.util.Locale;

/**
 * Mail systems whose bounces carry their own meaning (Microsoft's use of 5.7.x, Gmail's 5.7.26 for DMARC). The
 * explanation of each is content, stored and translated like code texts; this enum only names them.
 */
public enum Provider {
    GOOGLE,
    MICROSOFT,
    YAHOO,
    APPLE,
    AMAZON_SES,
    ZOHO;

    /** The name used in the API, URLs and content keys: "google", "amazon-ses". */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
