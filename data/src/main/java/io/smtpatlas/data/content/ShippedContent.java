package io.smtpatlas.data.content;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.translation.TextField;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The texts the product ships with: per locale, content/{tag}.json (code → field → text) and
 * content/providers/{tag}.json (the same for mail providers).
 */
public final class ShippedContent {

    private ShippedContent() {}

    /** The shipped texts of a locale; empty when the product ships none for it. */
    public static Map<String, Map<TextField, String>> read(SiteLocale locale) {
        Map<String, Map<TextField, String>> texts = new LinkedHashMap<>();
        resources(locale).forEach(resource -> texts.putAll(read(resource)));
        return texts;
    }

    /** The files {@link #read(SiteLocale)} reads for a locale, in order (also what the content fingerprint covers). */
    static List<String> resources(SiteLocale locale) {
        return List.of("content/" + locale.tag() + ".json", "content/providers/" + locale.tag() + ".json");
    }

    /** One content file: code (or provider id, see {@link ContentKeys}) → field → text; empty when absent. */
    private static Map<String, Map<TextField, String>> read(String resource) {
        try (InputStream in = ShippedContent.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Map.of();
            }
            Map<String, Map<String, String>> raw = new ObjectMapper().readValue(in, new TypeReference<>() {});
            Map<String, Map<TextField, String>> texts = new LinkedHashMap<>();
            raw.forEach((code, fields) -> {
                Map<TextField, String> byField = new EnumMap<>(TextField.class);
                fields.forEach((key, text) -> byField.put(TextField.fromKey(key), text));
                texts.put(code, byField);
            });
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
