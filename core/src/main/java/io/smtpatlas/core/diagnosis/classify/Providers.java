package io.smtpatlas.core.diagnosis.classify;

import io.smtpatlas.core.diagnosis.Provider;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Recognises the remote mail system from its host names and the marks it leaves in its replies. */
public final class Providers {

    /** A provider's marks: plain words first (cheap to look for), then the expression that confirms them. */
    private record Mark(Provider provider, List<String> words, Pattern pattern) {
        Mark(Provider provider, Pattern pattern, String... words) {
            this(provider, List.of(words), pattern);
        }
    }

    private static final List<Mark> MARKS = List.of(
            new Mark(
                    Provider.GOOGLE,
                    Pattern.compile(
                            "google\\.com|googlemail\\.com|gmail(?:-smtp)?|support\\.google|aspmx\\.l\\.google|\\bgsmtp\\b"),
                    "google",
                    "gmail",
                    "gsmtp"),
            new Mark(
                    Provider.MICROSOFT,
                    Pattern.compile(
                            "outlook\\.com|hotmail|live\\.com|msn\\.com|office365|microsoft|\\.prod\\.exchangelabs|"
                                    + "resolver\\.adr|protection\\.outlook|\\bmsft\\b"),
                    "outlook",
                    "hotmail",
                    "live.com",
                    "msn.com",
                    "office365",
                    "microsoft",
                    "exchangelabs",
                    "resolver.adr",
                    "msft"),
            new Mark(
                    Provider.YAHOO,
                    Pattern.compile("yahoo|yahoodns|\\baol\\.com|\\.aol\\.|ymail"),
                    "yahoo",
                    "aol",
                    "ymail"),
            new Mark(
                    Provider.APPLE,
                    Pattern.compile("icloud\\.com|\\bme\\.com|\\bmac\\.com|apple\\.com"),
                    "icloud",
                    "me.com",
                    "mac.com",
                    "apple.com"),
            new Mark(Provider.AMAZON_SES, Pattern.compile("amazonses\\.com|amazonaws\\.com"), "amazon"),
            new Mark(Provider.ZOHO, Pattern.compile("zoho(?:mail)?\\."), "zoho"));

    private Providers() {}

    /** The first provider any of the texts names (remote host first, then the reply, then the reporter). */
    public static Provider recognise(String... texts) {
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            String lower = (text.length() > 2_000 ? text.substring(0, 2_000) : text).toLowerCase(Locale.ROOT);
            for (Mark mark : MARKS) {
                if (mark.words().stream().anyMatch(lower::contains)
                        && mark.pattern().matcher(lower).find()) {
                    return mark.provider();
                }
            }
        }
        return null;
    }
}
