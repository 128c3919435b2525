package io.smtpatlas.data.content;

import io.smtpatlas.core.locale.SiteLocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** A digest of everything the content loader reads (the catalog and the shipped texts), without parsing any of it. */
final class ShippedFingerprint {

    private static final List<String> CATALOG = List.of("catalog/basic-codes.tsv", "catalog/enhanced-codes.tsv",
            "catalog/confusions.tsv");

    private ShippedFingerprint() {
    }

    static String compute() {
        List<String> resources = new ArrayList<>(CATALOG);
        for (SiteLocale locale : SiteLocale.values()) {
            resources.add(ShippedContent.resource(locale));
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (String resource : resources) {
                digest.update(resource.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream in = ShippedFingerprint.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in == null) {
                        continue;
                    }
                    for (int read; (read = in.read(buffer)) > 0; ) {
                        digest.update(buffer, 0, read);
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the shipped content", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
