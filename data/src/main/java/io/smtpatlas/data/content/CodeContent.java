package io.smtpatlas.data.content;

import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.translation.TextField;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The texts of one code page in one locale; fields without a translation hold the English text. */
/** {@code updatedAt} is the latest change of any text shown, or null when the code has no text at all. */
public record CodeContent(String code, SiteLocale locale, Map<TextField, LocalizedText> fields, Instant updatedAt) {

    public CodeContent {
        fields = Map.copyOf(fields);
    }

    public String text(TextField field) {
        LocalizedText text = fields.get(field);
        return text == null ? "" : text.text();
    }

    public String title() {
        return text(TextField.TITLE);
    }

    public String summary() {
        return text(TextField.SUMMARY);
    }

    /** The language a field is written in, for the page's lang attribute on fallback blocks. */
    public SiteLocale languageOf(TextField field) {
        LocalizedText text = fields.get(field);
        return text == null ? SiteLocale.SOURCE : text.language();
    }

    public boolean isFallback(TextField field) {
        return languageOf(field) != locale;
    }

    /** Fields shown in English because this locale lacks them, in field order (an absent optional text is none). */
    public List<TextField> fallbackFields() {
        return java.util.Arrays.stream(TextField.values())
                .filter(field -> field.required() || fields.containsKey(field))
                .filter(this::isFallback)
                .toList();
    }
}
