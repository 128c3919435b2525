package io.smtpatlas.core.locale;

import java.util.Locale;

/** The languages the site is written in. The path prefix is the lower-case tag: /fr/smtp/550. */
public enum SiteLocale {
    EN("English"),
    FR("Français"),
    VI("Tiếng Việt"),
    DE("Deutsch"),
    ES("Español"),
    PT("Português"),
    JA("日本語"),
    ZH("中文");

    /** The language the site is written in first; every other locale translates it. */
    public static final SiteLocale SOURCE = EN;

    private final String nativeName;

    SiteLocale(String nativeName) {
        this.nativeName = nativeName;
    }

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language's name in itself, as a language switcher shows it. */
    public String nativeName() {
        return nativeName;
    }

    public Locale toLocale() {
        return Locale.forLanguageTag(tag());
    }

    /** Exact, case-sensitive match on the path prefix: "fr" is French, "FR" and "fr-CA" are not locales. */
    public static SiteLocale fromTag(String tag) {
        for (SiteLocale locale : values()) {
            if (locale.tag().equals(tag)) {
                return locale;
            }
        }
        throw new UnknownLocaleException(tag);
    }
}
