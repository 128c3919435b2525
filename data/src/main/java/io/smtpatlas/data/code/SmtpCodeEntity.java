package io.smtpatlas.data.code;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A code the site has a page for; the facts themselves live in the core catalog. */
@Entity
@Table(name = "smtp_code")
public class SmtpCodeEntity extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String kind;

    @Column(name = "class_digit", nullable = false)
    public int classDigit;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;
}
