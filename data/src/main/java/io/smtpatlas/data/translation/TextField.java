package io.smtpatlas.data.translation;

/** The localized fields of a code page, with the names used in content files, the API and the database. */
public enum TextField {
    TITLE("title"),
    SUMMARY("summary"),
    DESCRIPTION("description"),
    WHEN_YOU_SEE_IT("whenYouSeeIt"),
    HOW_TO_FIX("howToFix"),
    KEYWORDS("keywords"),
    /**
     * How people ask about the code, one phrasing a line: questions, symptoms, the errors mail clients show.
     * Searched, never shown on the page; optional, since only codes people run into need them.
     */
    PHRASINGS("phrasings", false);

    private final String key;
    private final boolean required;

    TextField(String key) {
        this(key, true);
    }

    TextField(String key, boolean required) {
        this.key = key;
        this.required = required;
    }

    /** Whether every code has this text in every locale (an optional text may be absent for a code). */
    public boolean required() {
        return required;
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
