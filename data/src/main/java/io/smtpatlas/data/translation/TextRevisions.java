package io.smtpatlas.data.translation;

import java.time.Instant;

/** Writes the history of texts: one revision per change, and the text as it was before its first change. */
public final class TextRevisions {

    private TextRevisions() {}

    /** Texts loaded from the shipped content have no history yet; their first change records them first. */
    public static void recordOriginal(CodeText text) {
        if (TextRevision.count("textId", text.id) == 0) {
            TextRevision original = new TextRevision();
            original.textId = text.id;
            original.revision = text.revision;
            original.action = TextRevision.Action.ORIGINAL;
            original.body = text.body;
            original.status = text.status;
            original.sourceRevision = text.sourceRevision;
            original.changedBy = text.updatedBy;
            original.changedAt = text.updatedAt;
            original.persist();
        }
    }

    public static void record(CodeText text, TextRevision.Action action, String before, String user) {
        TextRevision revision = new TextRevision();
        revision.textId = text.id;
        revision.revision = text.revision;
        revision.action = action;
        revision.bodyBefore = before;
        revision.body = text.body;
        revision.status = text.status;
        revision.sourceRevision = text.sourceRevision;
        revision.changedBy = user;
        revision.changedAt = Instant.now();
        revision.persist();
    }
}
