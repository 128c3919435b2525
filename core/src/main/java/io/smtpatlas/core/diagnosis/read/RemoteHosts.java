package io.smtpatlas.core.diagnosis.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The remote server named in a bounce text: "mx.example.com[192.0.2.1]", "while talking to mx.example.com.". */
final class RemoteHosts {

    private static final Pattern HOST_WITH_ADDRESS = Pattern.compile(
            "(?i)(?<![\\w.@-])([a-z0-9](?:[a-z0-9-]{0,62}\\.){1,10}[a-z]{2,24})\\.?\\s?[\\[(]"
                    + "(?:IPv6:)?[0-9a-f]{1,4}[0-9a-f:.]{2,40}[\\])]");
    private static final Pattern NAMED = Pattern.compile(
            "(?i)(?:talking to|remote host|remote server|mail server|by|host|server|mx)\\s{1,3}\\[?"
                    + "([a-z0-9](?:[a-z0-9-]{0,62}\\.){1,10}[a-z]{2,24})(?![\\w-]*@)");

    private RemoteHosts() {}

    static String find(String text) {
        if (text == null) {
            return null;
        }
        Matcher withAddress = HOST_WITH_ADDRESS.matcher(text);
        if (withAddress.find()) {
            return withAddress.group(1);
        }
        Matcher named = NAMED.matcher(text);
        while (named.find()) {
            String host = named.group(1);
            if (!host.matches("(?i).*\\.(?:com|net|org|jp|de|fr|uk|ru|io|edu|gov|info|biz|[a-z]{2})")) {
                continue;
            }
            return host;
        }
        return null;
    }
}
