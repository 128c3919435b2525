package io.smtpatlas.data.user;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Login attempts of one subject (a hashed user name or a client address) in its current window. */
@Entity
@Table(name = "login_attempt")
public class LoginAttempt extends PanacheEntityBase {

    @Id
    public String subject;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "window_ends_at", nullable = false)
    public Instant windowEndsAt;
}
