package io.smtpatlas.data.content;

import io.quarkus.runtime.StartupEvent;
import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.code.SmtpCode;
import io.smtpatlas.core.diagnosis.Provider;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.code.SmtpCodeEntity;
import io.smtpatlas.data.code.SmtpCodeRepository;
import io.smtpatlas.data.translation.CodeText;
import io.smtpatlas.data.translation.CodeTextRepository;
import io.smtpatlas.data.translation.TextField;
import io.smtpatlas.data.translation.TextRevision;
import io.smtpatlas.data.translation.TextRevisions;
import io.smtpatlas.data.translation.TextStatus;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Loads the product's own content at start, idempotently: inserts what is missing, refreshes texts that nobody
 * has edited since they were shipped, and never touches a text a person changed. A start with the same shipped
 * content as the last load (same fingerprint) skips it: one query.
 */
@ApplicationScoped
public class ContentSeeder {

    private static final Logger LOG = Logger.getLogger(ContentSeeder.class);

    private final Catalog catalog;
    private final SmtpCodeRepository codes;
    private final CodeTextRepository texts;
    private final ContentVersions versions;

    public ContentSeeder(
            Catalog catalog, SmtpCodeRepository codes, CodeTextRepository texts, ContentVersions versions) {
        this.versions = versions;
        this.catalog = catalog;
        this.codes = codes;
        this.texts = texts;
    }

    // Before the search index and the change poller, which start from the version this reads.
    @Transactional
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 400) StartupEvent event) {
        long start = System.nanoTime();
        String fingerprint = ShippedFingerprint.compute();
        ContentVersion stored = ContentVersions.read();
        if (stored != null && stored.shippedFingerprint().equals(fingerprint)) {
            LOG.infof(
                    "Shipped content unchanged since it was loaded: nothing to load (%d ms)",
                    (System.nanoTime() - start) / 1_000_000);
            versions.started(stored);
            return;
        }
        seed();
        ContentState state = stored == null ? new ContentState() : ContentState.findById(ContentState.ONLY_ROW);
        if (stored == null) {
            state.id = ContentState.ONLY_ROW;
            state.databaseId = UUID.randomUUID().toString();
        }
        state.shippedFingerprint = fingerprint;
        state.loadedAt = Instant.now();
        state.persist();
        codes.flush();
        versions.started(ContentVersions.read());
    }

    @Transactional
    public SeedReport seed() {
        int codesAdded = seedCodes();
        int added = 0;
        int refreshed = 0;
        for (SiteLocale locale : SiteLocale.values()) {
            Map<String, Map<TextField, String>> shipped = ShippedContent.read(locale);
            if (shipped.isEmpty()) {
                continue;
            }
            Map<String, CodeText> existing = new HashMap<>();
            texts.list("locale", locale.tag()).forEach(text -> existing.put(key(text.code, text.field), text));
            for (var entry : shipped.entrySet()) {
                if (!ContentKeys.isKnown(entry.getKey(), catalog)) {
                    throw new IllegalStateException(locale.tag() + ".json names unknown code " + entry.getKey());
                }
                for (var field : entry.getValue().entrySet()) {
                    CodeText text = existing.get(key(entry.getKey(), field.getKey()));
                    if (text == null) {
                        texts.persist(newText(entry.getKey(), locale, field.getKey(), field.getValue()));
                        added++;
                    } else if (CodeText.SHIPPED_CONTENT.equals(text.updatedBy) && !text.body.equals(field.getValue())) {
                        refresh(text, field.getValue());
                        refreshed++;
                    }
                }
            }
        }
        SeedReport report = new SeedReport(codesAdded, added, refreshed);
        LOG.infof(
                "Content loaded: %d codes added, %d texts added, %d shipped texts refreshed",
                codesAdded, added, refreshed);
        return report;
    }

    private int seedCodes() {
        Set<String> known = codes.findAll().stream().map(code -> code.code).collect(Collectors.toSet());
        int order = 0;
        int added = 0;
        for (SmtpCode code : catalog.all()) {
            order++;
            if (!known.contains(code.id())) {
                SmtpCodeEntity entity = new SmtpCodeEntity();
                entity.code = code.id();
                entity.kind = code.kind().apiName();
                entity.classDigit = code.replyClass().digit();
                entity.sortOrder = order;
                codes.persist(entity);
                added++;
            }
        }
        // Providers' texts live beside the codes' (see ContentKeys), so each provider has its row too.
        for (Provider provider : Provider.values()) {
            order++;
            if (!known.contains(ContentKeys.of(provider))) {
                SmtpCodeEntity entity = new SmtpCodeEntity();
                entity.code = ContentKeys.of(provider);
                entity.kind = ContentKeys.PROVIDER_KIND;
                entity.classDigit = 0;
                entity.sortOrder = order;
                codes.persist(entity);
                added++;
            }
        }
        codes.flush();
        return added;
    }

    /** A shipped text nobody edited, replaced by the new shipped version: published at once, history kept. */
    private static void refresh(CodeText text, String body) {
        TextRevisions.recordOriginal(text);
        String before = text.body;
        text.body = body;
        text.revision++;
        text.updatedAt = Instant.now();
        text.publish(text.updatedAt);
        TextRevisions.record(text, TextRevision.Action.SHIP, before, CodeText.SHIPPED_CONTENT);
    }

    private static CodeText newText(String code, SiteLocale locale, TextField field, String body) {
        CodeText text = new CodeText();
        text.code = code;
        text.locale = locale.tag();
        text.field = field;
        text.body = body;
        text.status = TextStatus.APPROVED;
        text.revision = 1;
        text.sourceRevision = locale == SiteLocale.SOURCE ? null : 1;
        text.updatedAt = Instant.now();
        text.updatedBy = CodeText.SHIPPED_CONTENT;
        // Shipped content counts as approved.
        text.publish(text.updatedAt);
        return text;
    }

    private static String key(String code, TextField field) {
        return code + '\u0000' + field.name();
    }

    /** What one run of the seeder changed; a second run on the same content changes nothing. */
    public record SeedReport(int codesAdded, int textsAdded, int textsRefreshed) {}
}
