package io.smtpatlas.data.transfer;

/** The file formats a locale can be exported to and imported from. */
public enum TransferFormat {
    /** {"code": {"field": "text"}}, the same shape as the shipped content files. */
    JSON("application/json", "json"),
    /** code,field,text with RFC 4180 quoting; one row per text. */
    CSV("text/csv", "csv");

    public final String mediaType;
    public final String extension;

    TransferFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public static TransferFormat fromName(String name) {
        for (TransferFormat format : values()) {
            if (format.extension.equalsIgnoreCase(name)) {
                return format;
            }
        }
        throw new IllegalArgumentException("format must be json or csv");
    }
}
