package io.smtpatlas.data.content;

import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.diagnosis.Provider;
import java.util.Arrays;
import java.util.Optional;

/**
 * The keys texts are stored under: a code ("550", "5.7.26") or a mail provider's id ("google", "amazon-ses"). The
 * two key spaces cannot meet (codes are digits and dots), so provider texts reuse the code texts' storage,
 * seeding, editing, revisions and cache unchanged.
 */
public final class ContentKeys {

    /** The kind recorded in smtp_code for a provider's row, which exists so its texts have a key to belong to. */
    public static final String PROVIDER_KIND = "provider";

    private ContentKeys() {}

    public static String of(Provider provider) {
        return provider.id();
    }

    public static Optional<Provider> provider(String key) {
        return Arrays.stream(Provider.values())
                .filter(provider -> provider.id().equals(key))
                .findFirst();
    }

    /** True for a code of the catalog or a provider's id. */
    public static boolean isKnown(String key, Catalog catalog) {
        return catalog.find(key).isPresent() || provider(key).isPresent();
    }

    /** Checks a key as {@link Catalog#require} checks a code: an unknown one throws its UnknownCodeException. */
    public static void require(String key, Catalog catalog) {
        if (provider(key).isEmpty()) {
            catalog.require(key);
        }
    }
}
