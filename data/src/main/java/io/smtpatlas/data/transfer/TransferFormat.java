package io.smtpatlas.data.transfer;

/** The file formats a locale can be exported to and imported from; each row carries source, target, status and revision. */
public enum TransferFormat {
    /** XLIFF 2.0, the exchange format of translation tools (CAT tools). */
    XLIFF("application/xliff+xml", "xlf", "XLIFF 2.0"),
    /** One row per text, UTF-8 with a byte order mark so that spreadsheets read it right. */
    CSV("text/csv", "csv", "CSV");

    public final String mediaType;
    public final String extension;
    /** The format's own name, the same in every language. */
    public final String label;

    TransferFormat(String mediaType, String extension, String label) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.label = label;
    }

    public static TransferFormat fromName(String name) {
        for (TransferFormat format : values()) {
            if (format.extension.equalsIgnoreCase(name) || format.name().equalsIgnoreCase(name)) {
                return format;
            }
        }
        throw new IllegalArgumentException("format must be xlf or csv");
    }

    /** Reads the format from the file itself: XML is XLIFF, anything else is taken for CSV. */
    static TransferFormat detect(String content) {
        String start = content.stripLeading();
        return start.startsWith("<") ? XLIFF : CSV;
    }
}
