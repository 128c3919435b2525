package io.smtpatlas.data.content;

import io.quarkus.runtime.StartupEvent;
import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.code.SmtpCode;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.code.SmtpCodeEntity;
import io.smtpatlas.data.code.SmtpCodeRepository;
import io.smtpatlas.data.translation.CodeText;
import io.smtpatlas.data.translation.CodeTextRepository;
import io.smtpatlas.data.translation.TextField;
import io.smtpatlas.data.translation.TextRevision;
import io.smtpatlas.data.translation.TextRevisions;
import io.smtpatlas.data.translation.TextStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Loads the product's own content at start, idempotently: inserts what is missing, refreshes texts that nobody
 * has edited since they were shipped, and never touches a text a person changed.
 */
@ApplicationScoped
public class ContentSeeder {

    private static final Logger LOG = Logger.getLogger(ContentSeeder.class);

    private final Catalog catalog;
    private final SmtpCodeRepository codes;
    private final CodeTextRepository texts;

    public ContentSeeder(Catalog catalog, SmtpCodeRepository codes, CodeTextRepository texts) {
        this.catalog = catalog;
        this.codes = codes;
        this.texts = texts;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        seed();
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
                if (catalog.find(entry.getKey()).isEmpty()) {
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
        LOG.infof("Content loaded: %d codes added, %d texts added, %d shipped texts refreshed",
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
    public record SeedReport(int codesAdded, int textsAdded, int textsRefreshed) {
    }
}
