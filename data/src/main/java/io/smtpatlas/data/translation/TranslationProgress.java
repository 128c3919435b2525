package io.smtpatlas.data.translation;

import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.code.SmtpCode;
import io.smtpatlas.core.locale.SiteLocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each text stands. "Outdated" is derived, not stored: a translation made from an older revision of the
 * English text than the one readers see now.
 */
@ApplicationScoped
public class TranslationProgress {

    /** One field of one code in one locale, with its state. */
    public record Entry(String code, TextField field, TextState state) {}

    /** A text someone has to act on, for the dashboard's "my work" list. */
    public record WorkItem(String code, SiteLocale locale, TextField field, TextStatus status, String updatedBy) {}

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
            progress.add(new LocaleProgress(
                    locale,
                    counts.getOrDefault(TextState.MISSING, 0),
                    counts.getOrDefault(TextState.DRAFT, 0),
                    counts.getOrDefault(TextState.IN_REVIEW, 0),
                    counts.getOrDefault(TextState.APPROVED, 0),
                    counts.getOrDefault(TextState.OUTDATED, 0)));
        }
        return progress;
    }

    @Transactional
    public List<Entry> list(SiteLocale locale, TextState state) {
        return entries(locale, index(SiteLocale.SOURCE)).stream()
                .filter(entry -> entry.state() == state)
                .toList();
    }

    /** The first code after {@code after} (in catalog order, wrapping around) with a field in {@code state}. */
    @Transactional
    public Optional<String> next(SiteLocale locale, TextState state, String after) {
        List<String> codes = entries(locale, index(SiteLocale.SOURCE)).stream()
                .filter(entry -> entry.state() == state)
                .map(Entry::code)
                .distinct()
                .toList();
        if (codes.isEmpty()) {
            return Optional.empty();
        }
        List<String> order = catalog.all().stream().map(SmtpCode::id).toList();
        int from = order.indexOf(after);
        return codes.stream()
                .filter(code -> order.indexOf(code) > from)
                .findFirst()
                .or(() -> codes.stream().filter(code -> !code.equals(after)).findFirst());
    }

    /** The state of each field of one code in one locale. */
    @Transactional
    public Map<TextField, TextState> states(String code, SiteLocale locale) {
        Map<TextField, TextState> states = new EnumMap<>(TextField.class);
        Map<TextField, CodeText> english = new EnumMap<>(TextField.class);
        Map<TextField, CodeText> current = new EnumMap<>(TextField.class);
        texts.list("code = ?1 and locale = ?2", code, SiteLocale.SOURCE.tag()).forEach(t -> english.put(t.field, t));
        texts.list("code = ?1 and locale = ?2", code, locale.tag()).forEach(t -> current.put(t.field, t));
        for (TextField field : TextField.values()) {
            states.put(field, stateOf(current.get(field), english.get(field), locale));
        }
        return states;
    }

    /**
     * What {@code user} has to do: their own drafts and texts in review, then texts others changed that wait for
     * a review in {@code languages}.
     */
    @Transactional
    public List<WorkItem> work(String user, Collection<SiteLocale> languages, int limit) {
        List<WorkItem> items = new ArrayList<>();
        texts.list("updatedBy = ?1 and status <> ?2 order by updatedAt desc", user, TextStatus.APPROVED).stream()
                .limit(limit)
                .forEach(text -> items.add(item(text)));
        if (!languages.isEmpty()) {
            List<String> tags = languages.stream().map(SiteLocale::tag).toList();
            texts
                    .list(
                            "status = ?1 and updatedBy <> ?2 and locale in ?3 order by updatedAt",
                            TextStatus.IN_REVIEW,
                            user,
                            tags)
                    .stream()
                    .limit(limit)
                    .forEach(text -> items.add(item(text)));
        }
        return items;
    }

    private static WorkItem item(CodeText text) {
        return new WorkItem(text.code, SiteLocale.fromTag(text.locale), text.field, text.status, text.updatedBy);
    }

    private List<Entry> entries(SiteLocale locale, Map<String, CodeText> english) {
        Map<String, CodeText> current = locale == SiteLocale.SOURCE ? english : index(locale);
        List<Entry> entries = new ArrayList<>();
        for (SmtpCode code : catalog.all()) {
            for (TextField field : TextField.values()) {
                CodeText text = current.get(key(code.id(), field));
                CodeText source = english.get(key(code.id(), field));
                if (!field.required() && source == null && text == null) {
                    continue; // an optional text this code does not need
                }
                entries.add(new Entry(code.id(), field, stateOf(text, source, locale)));
            }
        }
        return entries;
    }

    public static TextState stateOf(CodeText text, CodeText source, SiteLocale locale) {
        if (text == null || text.body.isBlank()) {
            return TextState.MISSING;
        }
        return switch (text.status) {
            case DRAFT -> TextState.DRAFT;
            case IN_REVIEW -> TextState.IN_REVIEW;
            case APPROVED -> isOutdated(text, source, locale) ? TextState.OUTDATED : TextState.APPROVED;
        };
    }

    /** A translation made from an English revision older than the one readers see now. */
    public static boolean isOutdated(CodeText text, CodeText source, SiteLocale locale) {
        return locale != SiteLocale.SOURCE
                && text != null
                && source != null
                && text.sourceRevision != null
                && source.publishedRevision != null
                && text.sourceRevision < source.publishedRevision;
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
