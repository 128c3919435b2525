package io.smtpatlas.web.admin;

import io.smtpatlas.data.user.AppUser;
import java.time.Instant;

/** What the users page shows of an account: never the entity, which holds the password hash. */
public record UserView(String username, String role, Instant createdAt) {

    static UserView of(AppUser user) {
        return new UserView(user.username, user.role, user.createdAt);
    }
}
