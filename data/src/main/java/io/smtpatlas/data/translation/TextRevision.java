package io.smtpatlas.data.translation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of a text, kept forever: who, when, what it was before and what it became. */
@Entity
@Table(name = "text_revision")
public class TextRevision extends PanacheEntityBase {

    /** What a revision did. */
    public enum Action {
        /** The text as it was before its first recorded change (shipped or seeded content). */
        ORIGINAL,
        SAVE,
        SUBMIT,
        APPROVE,
        REVERT,
        IMPORT,
        /** A new version of the product's own content replaced a text nobody had edited. */
        SHIP
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "text_revision_seq")
    @SequenceGenerator(name = "text_revision_seq", sequenceName = "text_revision_seq", allocationSize = 50)
    public Long id;

    @Column(name = "text_id", nullable = false)
    public Long textId;

    @Column(nullable = false)
    public int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Action action;

    @Column(name = "body_before", length = 20000)
    public String bodyBefore;

    @Column(nullable = false, length = 20000)
    public String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TextStatus status;

    @Column(name = "source_revision")
    public Integer sourceRevision;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
