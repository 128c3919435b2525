package io.smtpatlas.data.translation;

/** The localized fields of a code page, with the names used in content files, the API and the database. */
public enum TextField {
    TITLE("title"),
    SUMMARY("summary"),
    DESCRIPTION("description"),
    WHEN_YOU_SEE_IT("whenYouSeeIt"),
    HOW_TO_FIX("howToFix"),
    KEYWORDS("keywords");

    private final String key;

    TextField(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static TextField fromKey(String key) {
        for (TextField field : values()) {
            if (field.key.equals(key)) {
                return field;
            }
        }
        throw new IllegalArgumentException("Unknown text field: " + key);
    }
}
