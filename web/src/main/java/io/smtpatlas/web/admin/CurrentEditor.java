package io.smtpatlas.web.admin;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.core.locale.UnknownLocaleException;
import io.smtpatlas.data.user.AppUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.ForbiddenException;
import java.util.List;

/** The signed-in person, as the admin pages need them: name, role, languages, and the admin area's language. */
@RequestScoped
public class CurrentEditor {

    private final SecurityIdentity identity;
    private AppUser account;

    public CurrentEditor(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The admin area's texts in this person's language, for titles and notices composed in Java. */
    public AdminMessages messages() {
        return messages(uiLocale());
    }

    static AdminMessages messages(SiteLocale locale) {
        return MessageBundles.get(AdminMessages.class, Localized.Literal.of(locale.tag()));
    }

    public String name() {
        return identity.getPrincipal().getName();
    }

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    public boolean isAdmin() {
        return identity.hasRole(AppUser.ADMIN);
    }

    /** The account as stored, read once per request (languages and settings change without a new sign-in). */
    public AppUser account() {
        if (account == null) {
            account = QuarkusTransaction.joiningExisting().call(() -> AppUser.findByUsername(name()));
            if (account == null) {
                throw new ForbiddenException();
            }
        }
        return account;
    }

    public SiteLocale uiLocale() {
        if (!isSignedIn()) {
            return SiteLocale.SOURCE;
        }
        try {
            return SiteLocale.fromTag(account().uiLocale);
        } catch (UnknownLocaleException e) {
            return SiteLocale.SOURCE;
        }
    }

    public boolean mayEdit(SiteLocale locale) {
        return account().mayEdit(locale);
    }

    /** Refuses with a 403 page when this person may not edit or import {@code locale}. */
    public void requireEdit(SiteLocale locale) {
        if (!mayEdit(locale)) {
            throw new NotYourLanguageException(locale);
        }
    }

    public List<SiteLocale> editableLocales() {
        return account().editableLocales();
    }

    /** An admin page in this person's language. */
    public TemplateInstance page(TemplateInstance page) {
        return page.setLocale(uiLocale().toLocale());
    }

    public AdminContext context(String title, String notice) {
        AdminMessages messages = messages();
        return new AdminContext(
                title,
                name(),
                isAdmin() ? messages.role_admin() : messages.role_translator(),
                isAdmin(),
                notice,
                uiLocale().tag(),
                true);
    }

    /** A translator asked for a language that is not theirs, or for the English source. */
    public static class NotYourLanguageException extends ForbiddenException {
        private final SiteLocale locale;

        NotYourLanguageException(SiteLocale locale) {
            super("Not allowed to edit " + locale.tag());
            this.locale = locale;
        }

        public SiteLocale locale() {
            return locale;
        }
    }
}
