package io.smtpatlas.data.content;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.code.SmtpCode;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.translation.CodeText;
import io.smtpatlas.data.translation.CodeTextRepository;
import io.smtpatlas.data.translation.ContentChanged;
import io.smtpatlas.data.translation.TextField;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * The texts of code pages as readers see them (each field's last approved revision), all of them in memory: they
 * are small (a few MB for every code in every locale), so
 * public pages, search results and the API never wait for the database, and keep answering while it is down. They
 * are read once at start; an edit (here or on another instance) reloads the code it changed. A reload that fails
 * because the database is unreachable keeps the texts shown so far and is tried again every second.
 */
@ApplicationScoped
public class CodeContentService {

    private static final Logger LOG = Logger.getLogger(CodeContentService.class);

    private final CodeTextRepository texts;
    private final Catalog catalog;
    private final Map<String, CodeContent> published = new ConcurrentHashMap<>();
    /** Codes whose reload failed; their texts are from before the last edit until the database answers. */
    private final Set<String> behind = ConcurrentHashMap.newKeySet();

    public CodeContentService(CodeTextRepository texts, Catalog catalog) {
        this.texts = texts;
        this.catalog = catalog;
    }

    // After the content loader (default priority), so the shipped texts are in.
    synchronized void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 550) StartupEvent event) {
        Map<String, List<CodeText>> byCode = new HashMap<>();
        QuarkusTransaction.requiringNew()
                .run(() -> texts.listAll()
                        .forEach(text -> byCode.computeIfAbsent(text.code, k -> new ArrayList<>())
                                .add(text)));
        for (SmtpCode code : catalog.all()) {
            publish(code.id(), byCode.getOrDefault(code.id(), List.of()));
        }
    }

    public CodeContent contentOf(String code, SiteLocale locale) {
        CodeContent content = published.get(key(code, locale));
        if (content == null) {
            reload(code);
            content = published.get(key(code, locale));
        }
        return content != null ? content : new CodeContent(code, locale, Map.of(), null);
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
        reload(change.code());
    }

    /** Reads a code's texts again from the database, in every locale. */
    public void invalidate(String code) {
        reload(code);
    }

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void catchUp() {
        for (String code : List.copyOf(behind)) {
            reload(code);
        }
    }

    // One reload at a time: a reload that read the database later also publishes later.
    private synchronized void reload(String code) {
        try {
            List<CodeText> rows = QuarkusTransaction.requiringNew().call(() -> texts.list("code", code));
            publish(code, rows);
            behind.remove(code);
        } catch (RuntimeException e) {
            if (behind.add(code)) {
                LOG.warnf(
                        "Cannot reload the texts of %s (%s); showing the previous ones until the database answers",
                        code, e.toString());
            }
        }
    }

    private void publish(String code, List<CodeText> rows) {
        for (SiteLocale locale : SiteLocale.values()) {
            published.put(key(code, locale), contentIn(code, locale, rows));
        }
    }

    /** The locale's published texts, and English where the locale has none. */
    private static CodeContent contentIn(String code, SiteLocale locale, List<CodeText> rows) {
        return compose(code, locale, rows, row -> row.publishedBody, row -> row.publishedAt);
    }

    /**
     * The texts as they stand in the editor, drafts and texts in review included, for the signed-in preview.
     * Never kept, never shown to readers.
     */
    @Transactional
    public CodeContent pendingContentOf(String code, SiteLocale locale) {
        return compose(
                code,
                locale,
                texts.findByCodeAndLocales(code, List.of(locale.tag(), SiteLocale.SOURCE.tag())),
                row -> row.body,
                row -> row.updatedAt);
    }

    private static CodeContent compose(
            String code,
            SiteLocale locale,
            List<CodeText> rows,
            Function<CodeText, String> bodyOf,
            Function<CodeText, Instant> changedAt) {
        Map<TextField, CodeText> shown = new EnumMap<>(TextField.class);
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
        shown.forEach((field, row) ->
                fields.put(field, new LocalizedText(bodyOf.apply(row), SiteLocale.fromTag(row.locale))));
        Instant updatedAt = shown.values().stream()
                .map(changedAt)
                .filter(Objects::nonNull)
                .max(Instant::compareTo)
                .orElse(null);
        return new CodeContent(code, locale, fields, updatedAt);
    }

    private static boolean hasText(String body) {
        return body != null && !body.isBlank();
    }

    private static String key(String code, SiteLocale locale) {
        return locale.tag() + '/' + code;
    }
}
