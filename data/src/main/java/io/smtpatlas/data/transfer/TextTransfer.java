package io.smtpatlas.data.transfer;

import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.code.SmtpCode;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.translation.CodeText;
import io.smtpatlas.data.translation.TextField;
import io.smtpatlas.data.translation.TextRules;
import io.smtpatlas.data.translation.TranslationProgress;
import io.smtpatlas.data.translation.TranslationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Export of a locale's texts (source, target, state and revision per text) as XLIFF 2.0 or CSV, and import of the
 * same files: a preview per row first, then only the rows the person chose.
 */
@ApplicationScoped
public class TextTransfer {

    /** Larger uploads are refused with a message; a full export of one locale is about 1 MB. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    private final TranslationService translations;
    private final Catalog catalog;

    public TextTransfer(TranslationService translations, Catalog catalog) {
        this.translations = translations;
        this.catalog = catalog;
    }

    /** What the import of {@link #apply} did. */
    public record Applied(int imported, int skipped) {}

    @Transactional
    public String export(SiteLocale locale, TransferFormat format) {
        List<TransferRow> rows = rows(locale);
        return format == TransferFormat.XLIFF ? XliffFiles.write(locale, rows) : CsvFiles.write(locale, rows);
    }

    /** Every code and field of the catalog, with the English readers see as source and the working text as target. */
    private List<TransferRow> rows(SiteLocale locale) {
        Map<String, CodeText> english = index(SiteLocale.SOURCE);
        Map<String, CodeText> target = locale == SiteLocale.SOURCE ? english : index(locale);
        List<TransferRow> rows = new ArrayList<>();
        for (SmtpCode code : catalog.all()) {
            for (TextField field : TextField.values()) {
                CodeText source = english.get(TransferRow.key(code.id(), field));
                CodeText text = target.get(TransferRow.key(code.id(), field));
                rows.add(new TransferRow(
                        code.id(),
                        field,
                        TranslationProgress.stateOf(text, source, locale).key(),
                        text == null ? 0 : text.revision,
                        source == null || source.publishedBody == null ? "" : source.publishedBody,
                        text == null ? "" : text.body));
            }
        }
        return rows;
    }

    /** Reads an uploaded file: size, encoding and format are checked here, so no upload can fail the server. */
    public static String decode(byte[] bytes, List<ImportProblem> problems) {
        if (bytes.length > MAX_BYTES) {
            problems.add(ImportProblem.of(ImportProblem.Kind.TOO_LARGE, Integer.toString(bytes.length)));
            return "";
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith(CsvFiles.BOM) ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            problems.add(ImportProblem.of(ImportProblem.Kind.NOT_UTF8, ""));
            return "";
        }
    }

    /** Compares a file with the database, for an import into {@code target}; writes nothing. */
    @Transactional
    public ImportPreview preview(SiteLocale target, String content, List<ImportProblem> readProblems) {
        List<ImportProblem> problems = new ArrayList<>(readProblems);
        if (!problems.isEmpty()) {
            return new ImportPreview(null, null, target, List.of(), 0, problems);
        }
        if (content.isBlank()) {
            return new ImportPreview(
                    null, null, target, List.of(), 0, List.of(ImportProblem.of(ImportProblem.Kind.EMPTY, "")));
        }
        TransferFile file = read(content);
        problems.addAll(file.problems());
        Map<String, CodeText> current = index(target);
        List<ImportPreview.Change> changes = new ArrayList<>();
        int unchanged = 0;
        for (TransferRow row : file.rows()) {
            if (catalog.find(row.code()).isEmpty()) {
                problems.add(ImportProblem.of(ImportProblem.Kind.UNKNOWN_CODE, row.code()));
                continue;
            }
            String after = TextRules.normalize(row.target());
            if (after.length() > TextRules.MAX_LENGTH) {
                problems.add(ImportProblem.of(ImportProblem.Kind.TOO_LONG, row.key()));
                continue;
            }
            CodeText text = current.get(row.key());
            String before = text == null ? "" : text.body;
            // An empty target means "not translated in the file": an import never empties a text.
            if (after.isBlank() || after.equals(before)) {
                unchanged++;
                continue;
            }
            changes.add(new ImportPreview.Change(
                    row.code(), row.field(), before, after, row.revision(), text == null ? 0 : text.revision));
        }
        return new ImportPreview(file.format(), file.language(), target, changes, unchanged, problems);
    }

    /**
     * Applies the rows a person chose in the preview ({@link ImportPreview.Change#choice()}); each becomes a new
     * revision waiting for review. A row whose text changed again since the preview is skipped, not overwritten.
     */
    @Transactional
    public Applied apply(SiteLocale target, String content, Set<String> chosen, String user) {
        ImportPreview preview = preview(target, content, List.of());
        if (!preview.problems().isEmpty()) {
            throw new IllegalArgumentException("The file cannot be imported.");
        }
        int imported = 0;
        int skipped = 0;
        for (ImportPreview.Change change : preview.changes()) {
            if (chosen.contains(change.choice())) {
                translations.importText(change.code(), target, change.field(), change.after(), user);
                imported++;
            } else if (chosen.stream()
                    .anyMatch(choice -> choice.startsWith(TransferRow.key(change.code(), change.field()) + "@"))) {
                skipped++;
            }
        }
        return new Applied(imported, skipped);
    }

    static TransferFile read(String content) {
        return TransferFormat.detect(content) == TransferFormat.XLIFF
                ? XliffFiles.read(content)
                : CsvFiles.read(content);
    }

    private static Map<String, CodeText> index(SiteLocale locale) {
        Map<String, CodeText> byKey = new HashMap<>();
        CodeText.<CodeText>list("locale", locale.tag())
                .forEach(text -> byKey.put(TransferRow.key(text.code, text.field), text));
        return byKey;
    }
}
