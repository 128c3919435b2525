package io.smtpatlas.data.user;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import io.smtpatlas.core.locale.SiteLocale;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** A person who edits content. The password is stored as a bcrypt hash (modular crypt format). */
@Entity
@Table(name = "app_user")
@UserDefinition
public class AppUser extends PanacheEntityBase {

    public static final String ADMIN = "admin";
    public static final String TRANSLATOR = "translator";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    public Long id;

    @Username
    @Column(nullable = false, unique = true)
    public String username;

    @Password
    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    /** {@link #ADMIN} or {@link #TRANSLATOR}. */
    @Roles
    @Column(nullable = false)
    public String role;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Raised by sign-out and password changes: session cookies issued before are no longer accepted. */
    @Column(name = "session_version", nullable = false)
    public int sessionVersion;

    /** Comma-separated tags of the locales a translator works in; admins work in all. */
    @Column(nullable = false)
    public String languages = "";

    /** A disabled account cannot sign in, and its open sessions end at their next request. */
    @Column(nullable = false)
    public boolean disabled;

    /** The language of the admin area for this person. */
    @Column(name = "ui_locale", nullable = false)
    public String uiLocale = "en";

    public boolean isAdmin() {
        return ADMIN.equals(role);
    }

    /** The locales assigned to this person, in site order. */
    public List<SiteLocale> assignedLocales() {
        Set<String> tags = Set.of(languages.split(","));
        return Arrays.stream(SiteLocale.values())
                .filter(locale -> tags.contains(locale.tag()))
                .toList();
    }

    /**
     * Where this person may edit and import: admins everywhere; translators in their assigned languages, never in
     * English, the source every translation follows.
     */
    public boolean mayEdit(SiteLocale locale) {
        if (isAdmin()) {
            return true;
        }
        return locale != SiteLocale.SOURCE && assignedLocales().contains(locale);
    }

    /** The locales this person may edit, in site order. */
    public List<SiteLocale> editableLocales() {
        return Arrays.stream(SiteLocale.values()).filter(this::mayEdit).toList();
    }

    public static AppUser findByUsername(String username) {
        return find("username", username).firstResult();
    }
}
