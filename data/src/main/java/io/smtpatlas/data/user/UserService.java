package io.smtpatlas.data.user;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import io.smtpatlas.core.locale.SiteLocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Accounts: the first admin at first start, and the users an admin creates. */
@ApplicationScoped
public class UserService {

    private static final Logger LOG = Logger.getLogger(UserService.class);
    private static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9._-]{2,64}");
    static final int MIN_PASSWORD_LENGTH = 10;

    private final Optional<String> adminPassword;

    public UserService(@ConfigProperty(name = "atlas.admin.password") Optional<String> adminPassword) {
        this.adminPassword = adminPassword;
    }

    /** The first admin, user "admin": the password comes from ATLAS_ADMIN_PASSWORD or is generated and logged once. */
    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (AppUser.count() > 0) {
            return;
        }
        String password = adminPassword.filter(p -> !p.isBlank()).orElseGet(() -> {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            LOG.warnf(
                    "No ATLAS_ADMIN_PASSWORD: created user 'admin' with the generated password %s "
                            + "(shown this once: store it now)",
                    generated);
            return generated;
        });
        create("admin", password, AppUser.ADMIN);
    }

    @Transactional
    public AppUser create(String username, String password, String role) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("username: 2 to 64 letters, digits, dots, dashes or underscores");
        }
        checkPassword(password);
        if (!AppUser.ADMIN.equals(role) && !AppUser.TRANSLATOR.equals(role)) {
            throw new IllegalArgumentException("role: admin or translator");
        }
        if (AppUser.findByUsername(username) != null) {
            throw new IllegalArgumentException("username " + username + " is taken");
        }
        AppUser user = new AppUser();
        user.username = username;
        user.passwordHash = BcryptUtil.bcryptHash(password);
        user.role = role;
        user.createdAt = Instant.now();
        user.persist();
        return user;
    }

    /** Whether a name could belong to an account; others are refused before any query (PostgreSQL rejects NUL). */
    public static boolean isValidUsername(String username) {
        return username != null && USERNAME.matcher(username).matches();
    }

    /** Sets a new password and signs the user out everywhere: sessions issued before stop working. */
    @Transactional
    public void changePassword(String username, String password) {
        checkPassword(password);
        AppUser user = AppUser.findByUsername(username);
        if (user == null) {
            throw new IllegalArgumentException("No user " + username);
        }
        user.passwordHash = BcryptUtil.bcryptHash(password);
        user.sessionVersion++;
    }

    /** Ends every session of the user, on every instance. */
    @Transactional
    public void revokeSessions(String username) {
        AppUser.update("sessionVersion = sessionVersion + 1 where username = ?1", username);
    }

    /** Creates a translator working in {@code languages}, or an admin (who works in all). */
    @Transactional
    public AppUser create(String username, String password, String role, Collection<SiteLocale> languages) {
        AppUser user = create(username, password, role);
        user.languages = tags(languages);
        return user;
    }

    @Transactional
    public void assignLanguages(String username, Collection<SiteLocale> languages) {
        require(username).languages = tags(languages);
    }

    /** Disables or enables an account; nobody can disable themselves (an admin always remains). */
    @Transactional
    public void setDisabled(String username, boolean disabled, String byWhom) {
        if (disabled && username.equals(byWhom)) {
            throw new IllegalArgumentException("You cannot disable your own account.");
        }
        require(username).disabled = disabled;
    }

    /** An admin sets a new password; the person's open sessions end, on every instance. */
    @Transactional
    public void resetPassword(String username, String password) {
        checkPassword(password);
        AppUser user = require(username);
        user.passwordHash = BcryptUtil.bcryptHash(password);
        user.sessionVersion++;
    }

    @Transactional
    public void setUiLocale(String username, SiteLocale locale) {
        require(username).uiLocale = locale.tag();
    }

    public AppUser require(String username) {
        AppUser user = username == null ? null : AppUser.findByUsername(username);
        if (user == null) {
            throw new IllegalArgumentException("No user " + username);
        }
        return user;
    }

    private static String tags(Collection<SiteLocale> languages) {
        return String.join(
                ",",
                languages.stream()
                        .filter(locale -> locale != SiteLocale.SOURCE)
                        .map(SiteLocale::tag)
                        .distinct()
                        .toList());
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.length() > 200) {
            throw new IllegalArgumentException("password: at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }

    public List<AppUser> all() {
        return AppUser.listAll(io.quarkus.panache.common.Sort.by("username"));
    }
}
