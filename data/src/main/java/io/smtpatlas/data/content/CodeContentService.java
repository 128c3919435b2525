package io.smtpatlas.data.content;

import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.translation.CodeText;
import io.smtpatlas.data.translation.CodeTextRepository;
import io.smtpatlas.data.translation.TextField;
import io.smtpatlas.data.translation.ContentChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Reads the texts of code pages as readers see them: each field's last approved revision. Those change only on
 * approvals, so each code and locale is read from the database
 * once and kept until {@link #invalidate(String)} is called for that code.
 */
@ApplicationScoped
public class CodeContentService {

    private final CodeTextRepository texts;
    private final Map<String, CodeContent> cache = new ConcurrentHashMap<>();
    /** Counts invalidations, so that texts read before an edit committed are not kept after it. */
    private final AtomicLong generation = new AtomicLong();

    public CodeContentService(CodeTextRepository texts) {
        this.texts = texts;
    }

    public CodeContent contentOf(String code, SiteLocale locale) {
        CodeContent cached = cache.get(cacheKey(code, locale));
        return cached != null ? cached : load(code, locale);
    }

    @Transactional
    CodeContent load(String code, SiteLocale locale) {
        long readAt = generation.get();
        CodeContent content = read(code, locale, row -> row.publishedBody, row -> row.publishedAt);
        if (generation.get() == readAt) {
            cache.put(cacheKey(code, locale), content);
        }
        return content;
    }

    /**
     * The texts as they stand in the editor, drafts and texts in review included, for the signed-in preview.
     * Never cached, never shown to readers.
     */
    @Transactional
    public CodeContent pendingContentOf(String code, SiteLocale locale) {
        return read(code, locale, row -> row.body, row -> row.updatedAt);
    }

    private CodeContent read(String code, SiteLocale locale, Function<CodeText, String> bodyOf,
            Function<CodeText, Instant> changedAt) {
        List<String> locales = List.of(locale.tag(), SiteLocale.SOURCE.tag());
        Map<TextField, CodeText> shown = new EnumMap<>(TextField.class);
        List<CodeText> rows = texts.findByCodeAndLocales(code, locales);
        for (CodeText row : rows) {
            if (row.locale.equals(SiteLocale.SOURCE.tag()) && hasText(bodyOf.apply(row))) {
                shown.putIfAbsent(row.field, row);
            }
        }
        for (CodeText row : rows) {
            if (row.locale.equals(locale.tag()) && hasText(bodyOf.apply(row))) {
                shown.put(row.field, row);
            }
        }
        Map<TextField, LocalizedText> fields = new EnumMap<>(TextField.class);
        shown.forEach((field, row) -> fields.put(field,
                new LocalizedText(bodyOf.apply(row), SiteLocale.fromTag(row.locale))));
        Instant updatedAt = shown.values().stream().map(changedAt).filter(java.util.Objects::nonNull)
                .max(Instant::compareTo).orElse(null);
        return new CodeContent(code, locale, fields, updatedAt);
    }

    private static boolean hasText(String body) {
        return body != null && !body.isBlank();
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
        invalidate(change.code());
    }

    /** Forgets the cached texts of a code in every locale; the next read sees the database. */
    public void invalidate(String code) {
        generation.incrementAndGet();
        for (SiteLocale locale : SiteLocale.values()) {
            cache.remove(cacheKey(code, locale));
        }
    }

    private static String cacheKey(String code, SiteLocale locale) {
        return locale.tag() + '/' + code;
    }
}
