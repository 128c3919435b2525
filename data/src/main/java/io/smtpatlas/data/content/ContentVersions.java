package io.smtpatlas.data.content;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The content version this instance started on, read once by the content loader for everyone who needs it. */
@ApplicationScoped
public class ContentVersions {

    private volatile ContentVersion atStart;

    /** The version after the content loader ran; null before that. */
    public ContentVersion atStart() {
        return atStart;
    }

    void started(ContentVersion version) {
        atStart = version;
    }

    /** The stored version, or null when no content was ever loaded into this database: one query. */
    static ContentVersion read() {
        List<Object[]> rows = ContentState.getEntityManager()
                .createQuery(
                        "select s.databaseId, s.shippedFingerprint, (select max(c.id) from ContentChange c) "
                                + "from ContentState s where s.id = :id",
                        Object[].class)
                .setParameter("id", ContentState.ONLY_ROW)
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = rows.get(0);
        return new ContentVersion((String) row[0], (String) row[1], row[2] == null ? 0 : ((Number) row[2]).longValue());
    }
}
