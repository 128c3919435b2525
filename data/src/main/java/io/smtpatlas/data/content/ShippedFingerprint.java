package io.smtpatlas.data.content;

import io.smtpatlas.core.locale.SiteLocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Adler32;
import java.util.zip.CRC32;

/**
 * A checksum of everything the content loader reads (the catalog and the shipped texts), without parsing any of it.
 * It detects changed files, not forgeries: CRC-32 and Adler-32 run natively even before the JIT warms up, where a
 * SHA-256 of the 3 MB would take a quarter of a second at start.
 */
final class ShippedFingerprint {

    private static final List<String> CATALOG =
            List.of("catalog/basic-codes.tsv", "catalog/enhanced-codes.tsv", "catalog/confusions.tsv");

    private ShippedFingerprint() {}

    static String compute() {
        List<String> resources = new ArrayList<>(CATALOG);
        for (SiteLocale locale : SiteLocale.values()) {
            resources.addAll(ShippedContent.resources(locale));
        }
        CRC32 crc = new CRC32();
        Adler32 adler = new Adler32();
        long length = 0;
        byte[] buffer = new byte[64 * 1024];
        try {
            for (String resource : resources) {
                byte[] name = resource.getBytes(StandardCharsets.UTF_8);
                crc.update(name);
                adler.update(name);
                try (InputStream in = ShippedFingerprint.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in == null) {
                        continue;
                    }
                    for (int read; (read = in.read(buffer)) > 0; length += read) {
                        crc.update(buffer, 0, read);
                        adler.update(buffer, 0, read);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the shipped content", e);
        }
        return String.format("%08x-%08x-%x", crc.getValue(), adler.getValue(), length);
    }
}
