package io.smtpatlas.data.content;

/**
 * Which content a database holds: its name, the shipped content it was loaded from, and the last change recorded in
 * {@code content_change}. Anything derived from the texts (the search index on disk) is current when it was made
 * from the same version.
 */
public record ContentVersion(String databaseId, String shippedFingerprint, long lastChange) {

    public ContentVersion withLastChange(long change) {
        return new ContentVersion(databaseId, shippedFingerprint, change);
    }

    /** One string, as stored beside derived data. */
    public String key() {
        return databaseId + '/' + shippedFingerprint + '/' + lastChange;
    }
}
