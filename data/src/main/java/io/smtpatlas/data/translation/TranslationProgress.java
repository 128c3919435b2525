package io.smtpatlas.data.translation;

import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.code.SmtpCode;
import io.smtpatlas.core.locale.SiteLocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each text stands. "Outdated" is derived, not stored: an approved translation whose source revision is
 * older than the English text's current revision.
 */
@ApplicationScoped
public class TranslationProgress {

    /** One field of one code in one locale, with its state. */
    public record Entry(String code, TextField field, TextState state) {
    }

    private final CodeTextRepository texts;
    private final Catalog catalog;

    public TranslationProgress(CodeTextRepository texts, Catalog catalog) {
        this.texts = texts;
        this.catalog = catalog;
    }

    @Transactional
    public List<LocaleProgress> byLocale() {
        Map<String, CodeText> english = index(SiteLocale.SOURCE);
        List<LocaleProgress> progress = new ArrayList<>();
        for (SiteLocale locale : SiteLocale.values()) {
            Map<TextState, Integer> counts = new EnumMap<>(TextState.class);
            entries(locale, english).forEach(entry -> counts.merge(entry.state(), 1, Integer::sum));
            progress.add(new LocaleProgress(locale, counts.getOrDefault(TextState.MISSING, 0),
                    counts.getOrDefault(TextState.DRAFT, 0), counts.getOrDefault(TextState.IN_REVIEW, 0),
                    counts.getOrDefault(TextState.APPROVED, 0), counts.getOrDefault(TextState.OUTDATED, 0)));
        }
        return progress;
    }

    @Transactional
    public List<Entry> list(SiteLocale locale, TextState state) {
        return entries(locale, index(SiteLocale.SOURCE)).stream().filter(entry -> entry.state() == state).toList();
    }

    private List<Entry> entries(SiteLocale locale, Map<String, CodeText> english) {
        Map<String, CodeText> current = locale == SiteLocale.SOURCE ? english : index(locale);
        List<Entry> entries = new ArrayList<>();
        for (SmtpCode code : catalog.all()) {
            for (TextField field : TextField.values()) {
                CodeText text = current.get(key(code.id(), field));
                CodeText source = english.get(key(code.id(), field));
                if (!field.required() && source == null && text == null) {
                    continue;   // an optional text this code does not need
                }
                entries.add(new Entry(code.id(), field, stateOf(text, source, locale)));
            }
        }
        return entries;
    }

    static TextState stateOf(CodeText text, CodeText source, SiteLocale locale) {
        if (text == null || text.body.isBlank()) {
            return TextState.MISSING;
        }
        return switch (text.status) {
            case DRAFT -> TextState.DRAFT;
            case IN_REVIEW -> TextState.IN_REVIEW;
            case APPROVED -> locale != SiteLocale.SOURCE && source != null && text.sourceRevision != null
                    && text.sourceRevision < source.revision ? TextState.OUTDATED : TextState.APPROVED;
        };
    }

    private Map<String, CodeText> index(SiteLocale locale) {
        Map<String, CodeText> byKey = new HashMap<>();
        texts.list("locale", locale.tag()).forEach(text -> byKey.put(key(text.code, text.field), text));
        return byKey;
    }

    private static String key(String code, TextField field) {
        return code + '/' + field.name();
    }
}
