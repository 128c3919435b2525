package io.smtpatlas.data.translation;

/** The states the admin dashboard counts and lists: the stored statuses plus two derived ones. */
public enum TextState {
    MISSING,
    DRAFT,
    IN_REVIEW,
    APPROVED,
    OUTDATED;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static TextState fromKey(String key) {
        for (TextState state : values()) {
            if (state.key().equals(key)) {
                return state;
            }
        }
        throw new IllegalArgumentException("Unknown state: " + key);
    }
}
