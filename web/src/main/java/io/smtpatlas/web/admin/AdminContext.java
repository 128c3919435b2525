package io.smtpatlas.web.admin;

/**
 * What the admin layout needs on every page: the title, who is signed in, the language of the admin area, a notice
 * after an action, and whether the page can carry forms (a request refused before the CSRF check has no token).
 */
public record AdminContext(
        String title, String username, String role, boolean admin, String notice, String lang, boolean forms) {

    /** The same page without forms. */
    AdminContext withoutForms() {
        return new AdminContext(title, username, role, admin, notice, lang, false);
    }
}
