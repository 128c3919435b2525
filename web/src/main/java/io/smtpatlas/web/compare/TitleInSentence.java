package io.smtpatlas.web.compare;

import io.smtpatlas.core.locale.SiteLocale;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A code's title as it reads inside a sentence such as "452 (insufficient storage) or 530 (…)?": a trailing
 * "(temporary)" becomes ", temporary" so that parentheses never nest, and languages that do not capitalise a
 * common noun mid-sentence get a lower-case first letter (not for acronyms such as "ETRN", nor in German, where
 * nouns keep their capital).
 */
final class TitleInSentence {

    private static final Pattern TRAILING = Pattern.compile("^(.*?)\\s*[(（]([^()（）]+)[)）]$");

    private TitleInSentence() {}

    static String of(String title, SiteLocale locale) {
        String text = title.strip();
        Matcher trailing = TRAILING.matcher(text);
        if (trailing.matches()) {
            String separator = switch (locale) {
                case JA -> "、";
                case ZH -> "，";
                default -> ", ";
            };
            text = trailing.group(1) + separator + trailing.group(2);
        }
        if (lowercasesNouns(locale)
                && text.length() > 1
                && Character.isUpperCase(text.charAt(0))
                && Character.isLowerCase(text.charAt(1))) {
            text = text.substring(0, 1).toLowerCase(Locale.forLanguageTag(locale.tag())) + text.substring(1);
        }
        return text;
    }

    private static boolean lowercasesNouns(SiteLocale locale) {
        return switch (locale) {
            case EN, FR, ES, PT, VI -> true;
            default -> false;
        };
    }
}
