package io.smtpatlas.web.admin;

/**
 * What the admin layout needs on every page: the title, who is signed in, the language of the admin area, and a
 * notice after an action.
 */
public record AdminContext(String title, String username, String role, boolean admin, String notice, String lang) {
}
