package io.smtpatlas.web.site;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How much memory rendered pages may take. */
@ConfigMapping(prefix = "atlas.cache")
public interface CacheConfig {

    /** Compressed bytes of rendered pages and answers kept; the least useful go first when it is full. */
    @WithDefault("24M")
    MemorySize maxBytes();
}
