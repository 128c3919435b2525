package io.smtpatlas.data.translation;

import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.content.ContentKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every change of a text goes through here: optimistic locking on the text's version, a revision recorded for each
 * change (nothing is lost), the English revision a translation follows. Saving keeps a working copy; only approval
 * publishes it, and only a publication is announced to caches, search and other instances.
 */
@ApplicationScoped
public class TranslationService {

    /** The version a form carries for a text that does not exist yet. */
    public static final long NEW_TEXT = -1;

    /** One field of a save from the editor: what the person typed, over the version they read. */
    public record Edit(TextField field, String body, long expectedVersion) {}

    private final CodeTextRepository texts;
    private final Catalog catalog;
    private final Event<ContentChanged> changed;

    public TranslationService(CodeTextRepository texts, Catalog catalog, Event<ContentChanged> changed) {
        this.texts = texts;
        this.catalog = catalog;
        this.changed = changed;
    }

    public Optional<CodeText> find(String code, SiteLocale locale, TextField field) {
        return texts.find("code = ?1 and locale = ?2 and field = ?3", code, locale.tag(), field)
                .firstResultOptional();
    }

    /** Saves a new body as a draft or for review. Throws {@link StaleTextException} when the version is stale. */
    @Transactional
    public CodeText save(
            String code,
            SiteLocale locale,
            TextField field,
            String body,
            long expectedVersion,
            TextStatus status,
            String user) {
        return change(
                code,
                locale,
                field,
                body,
                expectedVersion,
                status,
                user,
                status == TextStatus.IN_REVIEW ? TextRevision.Action.SUBMIT : TextRevision.Action.SAVE);
    }

    /**
     * The editor's one Save: every field whose text changed is stored with {@code status}; on submit, drafts left
     * unchanged go to review too. All or nothing: a stale field throws {@link StaleTextException} before any write.
     * Returns the fields stored.
     */
    @Transactional
    public List<TextField> saveAll(String code, SiteLocale locale, List<Edit> edits, TextStatus status, String user) {
        ContentKeys.require(code, catalog);
        for (Edit edit : edits) {
            TextRules.check(edit.body());
            CodeText current = find(code, locale, edit.field()).orElse(null);
            if (current == null ? edit.expectedVersion() != NEW_TEXT : current.version != edit.expectedVersion()) {
                if (current == null) {
                    throw new IllegalArgumentException("The text no longer exists");
                }
                throw new StaleTextException(current);
            }
        }
        List<TextField> stored = new ArrayList<>();
        for (Edit edit : edits) {
            String body = TextRules.normalize(edit.body());
            CodeText current = find(code, locale, edit.field()).orElse(null);
            String before = current == null ? "" : current.body;
            if (!body.equals(before)) {
                save(code, locale, edit.field(), body, edit.expectedVersion(), status, user);
                stored.add(edit.field());
            } else if (status == TextStatus.IN_REVIEW && current != null && current.status == TextStatus.DRAFT) {
                current.status = TextStatus.IN_REVIEW;
                current.updatedAt = Instant.now();
                current.updatedBy = user;
                texts.flush();
                TextRevisions.record(current, TextRevision.Action.SUBMIT, current.body, user);
                stored.add(edit.field());
            }
        }
        return stored;
    }

    /**
     * Approves a text and publishes it. Anyone who changed it since its last approval may not approve it, unless
     * they are an admin.
     */
    @Transactional
    public CodeText approve(
            String code, SiteLocale locale, TextField field, long expectedVersion, String user, boolean admin) {
        CodeText text = find(code, locale, field).orElseThrow(() -> new IllegalArgumentException("No such text"));
        checkVersion(text, expectedVersion);
        if (text.status == TextStatus.APPROVED) {
            throw new IllegalArgumentException("This text is approved already.");
        }
        if (!admin && changedSinceApproval(text, user)) {
            throw new OwnWorkException();
        }
        // Approving confirms the translation matches the English as readers see it now.
        text.sourceRevision = locale == SiteLocale.SOURCE ? null : englishRevision(code, field);
        text.publish(Instant.now());
        texts.flush();
        TextRevisions.record(text, TextRevision.Action.APPROVE, text.body, user);
        announce(text);
        return text;
    }

    /** Whether {@code user} may approve this text: admins always; others when they did not change it since. */
    public boolean mayApprove(CodeText text, String user, boolean admin) {
        return text != null && text.status != TextStatus.APPROVED && (admin || !changedSinceApproval(text, user));
    }

    /** Brings back the body of an earlier revision as a new revision, so the history keeps everything. */
    @Transactional
    public CodeText revert(
            String code, SiteLocale locale, TextField field, int revision, long expectedVersion, String user) {
        CodeText text = find(code, locale, field).orElseThrow(() -> new IllegalArgumentException("No such text"));
        TextRevision old = TextRevision.<TextRevision>find(
                        "textId = ?1 and revision = ?2 order by id desc", text.id, revision)
                .firstResultOptional()
                .orElseThrow(() -> new IllegalArgumentException("No revision " + revision));
        return change(
                code, locale, field, old.body, expectedVersion, TextStatus.DRAFT, user, TextRevision.Action.REVERT);
    }

    /** Applies an imported text for review; unchanged texts are left alone. */
    @Transactional
    public void importText(String code, SiteLocale locale, TextField field, String body, String user) {
        Optional<CodeText> current = find(code, locale, field);
        String normalized = TextRules.normalize(body);
        if (current.isPresent() && current.get().body.equals(normalized)) {
            return;
        }
        change(
                code,
                locale,
                field,
                normalized,
                current.map(text -> text.version).orElse(NEW_TEXT),
                TextStatus.IN_REVIEW,
                user,
                TextRevision.Action.IMPORT);
    }

    public List<TextRevision> history(CodeText text) {
        return TextRevision.list("textId = ?1 order by id desc", text.id);
    }

    /** The revision of the English text that readers see, which translations record as their source. */
    public int englishRevision(String code, TextField field) {
        return find(code, SiteLocale.SOURCE, field)
                .map(text -> text.publishedRevision == null ? 0 : text.publishedRevision)
                .orElse(0);
    }

    /** The English body as it was at {@code revision}, when the history still has it. */
    public Optional<String> englishAt(String code, TextField field, int revision) {
        Optional<CodeText> english = find(code, SiteLocale.SOURCE, field);
        if (english.isEmpty()) {
            return Optional.empty();
        }
        if (english.get().publishedRevision != null && english.get().publishedRevision == revision) {
            return Optional.of(english.get().publishedBody);
        }
        return TextRevision.<TextRevision>find(
                        "textId = ?1 and revision = ?2 order by id desc", english.get().id, revision)
                .firstResultOptional()
                .map(old -> old.body);
    }

    /** Bodies by field, for the fields that have a text; convenience for callers that compare forms. */
    public Map<TextField, CodeText> all(String code, SiteLocale locale) {
        Map<TextField, CodeText> byField = new java.util.EnumMap<>(TextField.class);
        texts.list("code = ?1 and locale = ?2", code, locale.tag()).forEach(text -> byField.put(text.field, text));
        return byField;
    }

    private boolean changedSinceApproval(CodeText text, String user) {
        Long lastApproval = TextRevision.find(
                        "select max(r.id) from TextRevision r where r.textId = ?1 and r.action = ?2",
                        text.id,
                        TextRevision.Action.APPROVE)
                .project(Long.class)
                .firstResult();
        return TextRevision.count(
                                "textId = ?1 and id > ?2 and changedBy = ?3 and action <> ?4",
                                text.id,
                                lastApproval == null ? 0L : lastApproval,
                                user,
                                TextRevision.Action.ORIGINAL)
                        > 0
                || user.equals(text.updatedBy);
    }

    private CodeText change(
            String code,
            SiteLocale locale,
            TextField field,
            String body,
            long expectedVersion,
            TextStatus status,
            String user,
            TextRevision.Action action) {
        TextRules.check(body);
        body = TextRules.normalize(body);
        ContentKeys.require(code, catalog);
        CodeText text = find(code, locale, field).orElse(null);
        String before = null;
        if (text == null) {
            if (expectedVersion != NEW_TEXT) {
                throw new IllegalArgumentException("The text no longer exists");
            }
            text = new CodeText();
            text.code = code;
            text.locale = locale.tag();
            text.field = field;
            text.revision = 1;
        } else {
            checkVersion(text, expectedVersion);
            TextRevisions.recordOriginal(text);
            before = text.body;
            text.revision++;
        }
        text.body = body;
        text.status = status;
        text.sourceRevision = locale == SiteLocale.SOURCE ? null : englishRevision(code, field);
        text.updatedAt = Instant.now();
        text.updatedBy = user;
        texts.persist(text);
        texts.flush();
        TextRevisions.record(text, action, before, user);
        return text;
    }

    private static void checkVersion(CodeText text, long expectedVersion) {
        if (text.version != expectedVersion) {
            throw new StaleTextException(text);
        }
    }

    /** What readers see changed: caches, search and other instances (through the change table) refresh. */
    private void announce(CodeText text) {
        ContentChange change = new ContentChange();
        change.code = text.code;
        change.changedAt = Instant.now();
        change.persist();
        changed.fire(new ContentChanged(text.code));
    }
}
