package io.smtpatlas.web.admin;

import io.quarkus.security.identity.SecurityIdentity;
import io.smtpatlas.data.user.AppUser;
import jakarta.enterprise.context.RequestScoped;

/** The signed-in person, as the admin pages need them. */
@RequestScoped
public class CurrentEditor {

    private final SecurityIdentity identity;
    private final AdminMessages messages;

    public CurrentEditor(SecurityIdentity identity, AdminMessages messages) {
        this.identity = identity;
        this.messages = messages;
    }

    /** The admin area's texts, for titles and notices composed in Java. */
    public AdminMessages messages() {
        return messages;
    }

    public String name() {
        return identity.getPrincipal().getName();
    }

    public boolean isAdmin() {
        return identity.hasRole(AppUser.ADMIN);
    }

    public AdminContext context(String title, String notice) {
        return new AdminContext(title, name(), isAdmin() ? AppUser.ADMIN : AppUser.TRANSLATOR, isAdmin(), notice);
    }
}
