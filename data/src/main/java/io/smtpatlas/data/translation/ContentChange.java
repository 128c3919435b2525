package io.smtpatlas.data.translation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A code whose texts changed; instances poll this table in id order to refresh their caches and index. */
@Entity
@Table(name = "content_change")
public class ContentChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "content_change_seq")
    @SequenceGenerator(name = "content_change_seq", sequenceName = "content_change_seq", allocationSize = 1)
    public Long id;

    @Column(nullable = false)
    public String code;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
