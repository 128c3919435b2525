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

/**
 * Reads the texts of code pages. Texts change only on edits, so each code and locale is read from the database
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
        List<String> locales = List.of(locale.tag(), SiteLocale.SOURCE.tag());
        Map<TextField, CodeText> shown = new EnumMap<>(TextField.class);
        List<CodeText> rows = texts.findByCodeAndLocales(code, locales);
        for (CodeText row : rows) {
            if (row.locale.equals(SiteLocale.SOURCE.tag()) && !row.body.isBlank()) {
                shown.putIfAbsent(row.field, row);
            }
        }
        for (CodeText row : rows) {
            if (row.locale.equals(locale.tag()) && !row.body.isBlank()) {
                shown.put(row.field, row);
            }
        }
        Map<TextField, LocalizedText> fields = new EnumMap<>(TextField.class);
        shown.forEach((field, row) -> fields.put(field, new LocalizedText(row.body, SiteLocale.fromTag(row.locale))));
        Instant updatedAt = shown.values().stream().map(row -> row.updatedAt).max(Instant::compareTo).orElse(null);
        CodeContent content = new CodeContent(code, locale, fields, updatedAt);
        if (generation.get() == readAt) {
            cache.put(cacheKey(code, locale), content);
        }
        return content;
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
