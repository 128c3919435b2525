package io.smtpatlas.web.admin;

import io.smtpatlas.data.user.UserService;

/**
 * What the encrypted session cookie carries: the user name and the session version it was issued under
 * ({@code anna/3}). Sign-out and password changes raise the version, so older cookies stop working at once.
 */
record SessionPrincipal(String username, int version) {

    private static final char SEPARATOR = '/';

    String encoded() {
        return username + SEPARATOR + version;
    }

    /** The principal of a cookie, or null when it is not one we issued (a cookie from before versions). */
    static SessionPrincipal decode(String principal) {
        int at = principal == null ? -1 : principal.lastIndexOf(SEPARATOR);
        if (at < 0) {
            return null;
        }
        String username = principal.substring(0, at);
        try {
            int version = Integer.parseInt(principal.substring(at + 1));
            return UserService.isValidUsername(username) ? new SessionPrincipal(username, version) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
