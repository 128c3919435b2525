package io.smtpatlas.data.content;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The one row that says which shipped content this database holds, and names the database. */
@Entity
@Table(name = "content_state")
public class ContentState extends PanacheEntityBase {

    static final int ONLY_ROW = 1;

    @Id
    public Integer id;

    @Column(name = "database_id", nullable = false)
    public String databaseId;

    @Column(name = "shipped_fingerprint", nullable = false)
    public String shippedFingerprint;

    @Column(name = "loaded_at", nullable = false)
    public Instant loadedAt;
}
