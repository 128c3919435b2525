package io.smtpatlas.data.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.code.SmtpCode;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.translation.CodeText;
import io.smtpatlas.data.translation.TextField;
import io.smtpatlas.data.translation.TextRules;
import io.smtpatlas.data.translation.TranslationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Export of a locale's texts as JSON or CSV, and import of the same files with a preview first. */
@ApplicationScoped
public class TextTransfer {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final TranslationService translations;
    private final Catalog catalog;

    public TextTransfer(TranslationService translations, Catalog catalog) {
        this.translations = translations;
        this.catalog = catalog;
    }

    @Transactional
    public String export(SiteLocale locale, TransferFormat format) {
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        Map<String, CodeText> byKey = new LinkedHashMap<>();
        CodeText.<CodeText>list("locale", locale.tag()).forEach(text -> byKey.put(text.code + "/" + text.field, text));
        for (SmtpCode code : catalog.all()) {
            for (TextField field : TextField.values()) {
                CodeText text = byKey.get(code.id() + "/" + field);
                if (text != null && !text.body.isBlank()) {
                    texts.computeIfAbsent(code.id(), k -> new LinkedHashMap<>()).put(field.key(), text.body);
                }
            }
        }
        if (format == TransferFormat.JSON) {
            try {
                return JSON.writeValueAsString(texts);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        StringBuilder csv = new StringBuilder(Csv.row("code", "field", "text"));
        texts.forEach((code, fields) -> fields.forEach((field, body) -> csv.append(Csv.row(code, field, body))));
        return csv.toString();
    }

    /** Reads a file and compares it with the database; writes nothing. */
    @Transactional
    public ImportPreview preview(SiteLocale locale, TransferFormat format, String content) {
        List<String> errors = new ArrayList<>();
        Map<String, Map<TextField, String>> imported = parse(format, content, errors);
        List<ImportPreview.Change> changes = new ArrayList<>();
        int unchanged = 0;
        for (var code : imported.entrySet()) {
            for (var field : code.getValue().entrySet()) {
                String before = translations.find(code.getKey(), locale, field.getKey()).map(text -> text.body)
                        .orElse(null);
                if (field.getValue().equals(before)) {
                    unchanged++;
                } else {
                    changes.add(new ImportPreview.Change(code.getKey(), field.getKey(), before, field.getValue()));
                }
            }
        }
        return new ImportPreview(changes, unchanged, errors);
    }

    /** Applies a file whose preview had no error; each changed text becomes a new revision, in review. */
    @Transactional
    public int apply(SiteLocale locale, TransferFormat format, String content, String user) {
        ImportPreview preview = preview(locale, format, content);
        if (!preview.errors().isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", preview.errors()));
        }
        for (ImportPreview.Change change : preview.changes()) {
            translations.importText(change.code(), locale, change.field(), change.after(), user);
        }
        return preview.changes().size();
    }

    private Map<String, Map<TextField, String>> parse(TransferFormat format, String content, List<String> errors) {
        Map<String, Map<TextField, String>> texts = new LinkedHashMap<>();
        try {
            if (format == TransferFormat.JSON) {
                Map<String, Map<String, String>> raw = JSON.readValue(content, new TypeReference<>() {
                });
                if (raw == null) {
                    errors.add("The file holds no texts: expected {\"code\": {\"field\": \"text\"}}");
                    return texts;
                }
                raw.forEach((code, fields) -> {
                    if (fields == null) {
                        errors.add("Code " + code + ": expected its fields and texts, found null");
                    } else {
                        fields.forEach((field, body) -> add(texts, code, field, body, errors));
                    }
                });
            } else {
                List<List<String>> rows = Csv.parse(content);
                for (int i = 1; i < rows.size(); i++) {
                    List<String> row = rows.get(i);
                    if (row.size() != 3) {
                        errors.add("CSV line " + (i + 1) + ": expected code,field,text");
                        continue;
                    }
                    add(texts, row.get(0), row.get(1), row.get(2), errors);
                }
                if (rows.isEmpty() || !rows.get(0).equals(List.of("code", "field", "text"))) {
                    errors.add("The CSV must start with the header code,field,text");
                }
            }
        } catch (JsonProcessingException e) {
            errors.add("The file cannot be read as JSON: " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            errors.add("The file cannot be read as " + format.extension + ": " + e.getMessage());
        }
        return texts;
    }

    private void add(Map<String, Map<TextField, String>> texts, String code, String field, String body,
            List<String> errors) {
        if (catalog.find(code).isEmpty()) {
            errors.add("Unknown code " + code);
            return;
        }
        TextField textField;
        try {
            textField = TextField.fromKey(field);
        } catch (IllegalArgumentException e) {
            errors.add("Unknown field " + field + " for " + code);
            return;
        }
        if (body == null || body.length() > TextRules.MAX_LENGTH) {
            errors.add(code + " " + field + ": the text is missing or longer than " + TextRules.MAX_LENGTH);
            return;
        }
        if (body.indexOf('\0') >= 0) {
            errors.add(code + " " + field + ": the text holds a NUL character");
            return;
        }
        texts.computeIfAbsent(code, k -> new EnumMap<>(TextField.class)).put(textField, body);
    }
}
