package io.smtpatlas.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smtpatlas.core.locale.SiteLocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each locale's bundles have every key of the English ones, with the same named parameters. */
class MessageBundleFilesTest {

    private static final Pattern PARAMETER = Pattern.compile("\\{([a-zA-Z]+)}");

    @ParameterizedTest
    @EnumSource(SiteLocale.class)
    void bundleHasEveryKeyWithTheSameParameters(SiteLocale locale) throws IOException {
        compare("msg", locale);
    }

    /** The admin area is written in the eight languages too: translators work in their own. */
    @ParameterizedTest
    @EnumSource(SiteLocale.class)
    void adminBundleHasEveryKeyWithTheSameParameters(SiteLocale locale) throws IOException {
        compare("admin", locale);
    }

    /** The bounce explainer's texts, a bundle of their own (see ExplainMessages). */
    @ParameterizedTest
    @EnumSource(SiteLocale.class)
    void explainBundleHasEveryKeyWithTheSameParameters(SiteLocale locale) throws IOException {
        compare("explain", locale);
    }

    private static void compare(String bundle, SiteLocale locale) throws IOException {
        Properties english = load(bundle, SiteLocale.EN);
        Properties translated = load(bundle, locale);
        assertEquals(
                new TreeSet<>(english.stringPropertyNames()),
                new TreeSet<>(translated.stringPropertyNames()),
                "keys of " + bundle + "_" + locale.tag());
        for (Map.Entry<Object, Object> entry : english.entrySet()) {
            String key = (String) entry.getKey();
            String value = translated.getProperty(key);
            assertFalse(value.isBlank(), key);
            assertEquals(parameters((String) entry.getValue()), parameters(value), locale.tag() + " " + key);
            // Single words may be the same in two languages ("Information"); sentences may not.
            if (locale != SiteLocale.EN && value.split("\\s+").length >= 3) {
                assertTrue(
                        !value.equals(entry.getValue()) || isLanguageNeutral(value),
                        locale.tag() + " " + key + " is still English: " + value);
            }
        }
    }

    /** Values such as "{a} vs {b}" or "SMTP {a} vs {b}" read the same in every language. */
    private static boolean isLanguageNeutral(String value) {
        return value.replaceAll("\\{[a-zA-Z]+}", "")
                .replaceAll("\\b(SMTP|vs|RFC|IANA|\\d+)\\b", "")
                .replaceAll("[\\p{Punct}\\s·]", "")
                .isEmpty();
    }

    private static Set<String> parameters(String value) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PARAMETER.matcher(value);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static Properties load(String bundle, SiteLocale locale) throws IOException {
        String resource = "/messages/" + bundle + "_" + locale.tag() + ".properties";
        try (InputStream in = MessageBundleFilesTest.class.getResourceAsStream(resource)) {
            assertTrue(in != null, "missing " + resource);
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
