package io.smtpatlas.web.admin;

import io.quarkus.security.identity.SecurityIdentity;
import io.smtpatlas.data.user.AppUser;
import jakarta.enterprise.context.RequestScoped;

/** The signed-in person, as the admin pages need them. */
@RequestScoped
public class CurrentEditor {

    private final SecurityIdentity identity;

    public CurrentEditor(SecurityIdentity identity) {
        this.identity = identity;
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
