package io.smtpatlas.web.admin;

import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.core.locale.UnknownLocaleException;
import io.smtpatlas.data.translation.TextField;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;

/** Reads the parameters of admin URLs and forms; a wrong value is a 4xx with a message, never a 500. */
final class AdminParams {

    private AdminParams() {}

    static SiteLocale locale(String lang) {
        try {
            return SiteLocale.fromTag(lang);
        } catch (UnknownLocaleException e) {
            throw new NotFoundException("Unknown locale " + lang);
        }
    }

    static TextField field(String field) {
        try {
            return TextField.fromKey(field);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Unknown field " + field);
        }
    }

    /** A count carried in a redirect's query (?imported=3); anything else reads as 0. */
    static int count(String count) {
        try {
            return Math.max(0, Integer.parseInt(count.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static long version(String version) {
        try {
            return Long.parseLong(version == null ? "" : version.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException("The form has no valid version.");
        }
    }
}
