package io.smtpatlas.data.translation;

import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.content.ContentKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Every change of a text goes through here: optimistic locking on the text's version, a revision recorded for each
 * change (nothing is lost), the English revision a translation follows, and a content change for caches and search.
 */
@ApplicationScoped
public class TranslationService {

    /** The version a form carries for a text that does not exist yet. */
    public static final long NEW_TEXT = -1;

    private final CodeTextRepository texts;
    private final Catalog catalog;
    private final Event<ContentChanged> changed;

    public TranslationService(CodeTextRepository texts, Catalog catalog, Event<ContentChanged> changed) {
        this.texts = texts;
        this.catalog = catalog;
        this.changed = changed;
    }

    public Optional<CodeText> find(String code, SiteLocale locale, TextField field) {
        return texts.find("code = ?1 and locale = ?2 and field = ?3", code, locale.tag(), field).firstResultOptional();
    }

    /** Saves a new body as a draft or for review. Throws {@link StaleTextException} when the version is stale. */
    @Transactional
    public CodeText save(String code, SiteLocale locale, TextField field, String body, long expectedVersion,
            TextStatus status, String user) {
        return change(code, locale, field, body, expectedVersion, status, user,
                status == TextStatus.IN_REVIEW ? TextRevision.Action.SUBMIT : TextRevision.Action.SAVE);
    }

    /** Marks a text approved. A translator cannot approve a text they changed last; an admin can. */
    @Transactional
    public CodeText approve(String code, SiteLocale locale, TextField field, long expectedVersion, String user,
            boolean admin) {
        CodeText text = find(code, locale, field).orElseThrow(() -> new IllegalArgumentException("No such text"));
        checkVersion(text, expectedVersion);
        if (!admin && user.equals(text.updatedBy)) {
            throw new OwnWorkException();
        }
        text.status = TextStatus.APPROVED;
        // Approving confirms the translation matches the English as it is now.
        text.sourceRevision = locale == SiteLocale.SOURCE ? null : englishRevision(code, field);
        record(text, TextRevision.Action.APPROVE, text.body, user);
        texts.flush();
        changed.fire(new ContentChanged(code));
        return text;
    }

    /** Brings back the body of an earlier revision as a new revision, so the history keeps everything. */
    @Transactional
    public CodeText revert(String code, SiteLocale locale, TextField field, int revision, long expectedVersion,
            String user) {
        CodeText text = find(code, locale, field).orElseThrow(() -> new IllegalArgumentException("No such text"));
        TextRevision old = TextRevision.<TextRevision>find("textId = ?1 and revision = ?2 order by id desc",
                text.id, revision).firstResultOptional()
                .orElseThrow(() -> new IllegalArgumentException("No revision " + revision));
        return change(code, locale, field, old.body, expectedVersion, TextStatus.DRAFT, user,
                TextRevision.Action.REVERT);
    }

    /** Applies an imported text; unchanged texts are left alone. */
    @Transactional
    public void importText(String code, SiteLocale locale, TextField field, String body, String user) {
        Optional<CodeText> current = find(code, locale, field);
        if (current.isPresent() && current.get().body.equals(body)) {
            return;
        }
        change(code, locale, field, body, current.map(text -> text.version).orElse(NEW_TEXT), TextStatus.IN_REVIEW,
                user, TextRevision.Action.IMPORT);
    }

    public List<TextRevision> history(CodeText text) {
        return TextRevision.list("textId = ?1 order by id desc", text.id);
    }

    /** The revision of the English text of that field, which translations record as their source. */
    public int englishRevision(String code, TextField field) {
        return find(code, SiteLocale.SOURCE, field).map(text -> text.revision).orElse(0);
    }

    private CodeText change(String code, SiteLocale locale, TextField field, String body, long expectedVersion,
            TextStatus status, String user, TextRevision.Action action) {
        TextRules.check(body);
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
            recordOriginal(text);
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
        record(text, action, before, user);
        changed.fire(new ContentChanged(code));
        return text;
    }

    /** Texts loaded from the shipped content have no history yet; their first change records them first. */
    private static void recordOriginal(CodeText text) {
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

    private static void checkVersion(CodeText text, long expectedVersion) {
        if (text.version != expectedVersion) {
            throw new StaleTextException(text);
        }
    }

    private static void record(CodeText text, TextRevision.Action action, String before, String user) {
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
        ContentChange change = new ContentChange();
        change.code = text.code;
        change.changedAt = revision.changedAt;
        change.persist();
    }
}
