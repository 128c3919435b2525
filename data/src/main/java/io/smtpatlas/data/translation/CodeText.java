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
import jakarta.persistence.Version;
import java.time.Instant;

/** One field of one code in one locale: the unit that translators edit, review and approve. */
@Entity
@Table(name = "code_text")
public class CodeText extends PanacheEntityBase {

    /** The author recorded for texts that come from the product's own content files. */
    public static final String SHIPPED_CONTENT = "shipped-content";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "code_text_seq")
    @SequenceGenerator(name = "code_text_seq", sequenceName = "code_text_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String locale;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TextField field;

    @Column(nullable = false, length = 20000)
    public String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TextStatus status;

    /** Counts changes of the body, starting at 1. */
    @Column(nullable = false)
    public int revision;

    /** For a translation, the revision of the English text it was made from. */
    @Column(name = "source_revision")
    public Integer sourceRevision;

    /** The last approved body: what readers see. Null until a revision of this text is approved. */
    @Column(name = "published_body", length = 20000)
    public String publishedBody;

    /** The revision {@link #publishedBody} was approved at. */
    @Column(name = "published_revision")
    public Integer publishedRevision;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    /** Makes the current body what readers see. */
    public void publish(Instant at) {
        status = TextStatus.APPROVED;
        publishedBody = body;
        publishedRevision = revision;
        publishedAt = at;
    }

    public boolean isPublished() {
        return publishedBody != null && !publishedBody.isBlank();
    }

    /** The body differs from what readers see (a draft or a text in review that changed it). */
    public boolean hasPendingChange() {
        return status != TextStatus.APPROVED && !body.equals(publishedBody == null ? "" : publishedBody);
    }
}
