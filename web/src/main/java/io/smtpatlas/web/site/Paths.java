package io.smtpatlas.web.site;

import io.smtpatlas.core.code.SmtpCode;
import io.smtpatlas.core.compare.CodePair;
import io.smtpatlas.core.locale.SiteLocale;

/** The site's URL scheme in one place: every page lives under its locale. */
public final class Paths {

    private Paths() {}

    public static String home(SiteLocale locale) {
        return "/" + locale.tag() + "/";
    }

    public static String code(SiteLocale locale, SmtpCode code) {
        return code(locale, code.id());
    }

    public static String code(SiteLocale locale, String id) {
        return "/" + locale.tag() + "/smtp/" + id;
    }

    public static String compare(SiteLocale locale, CodePair pair) {
        return "/" + locale.tag() + "/smtp/" + pair.slug();
    }

    /** The bounce explainer: the form (GET) and its answer (POST) share one address. */
    public static String explain(SiteLocale locale) {
        return "/" + locale.tag() + "/explain";
    }
}
