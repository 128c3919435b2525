package io.smtpatlas.data.search;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;
import java.util.Optional;

/** Where the search index lives. */
@ConfigMapping(prefix = "atlas.search")
public interface SearchConfig {

    /** A folder kept across restarts, so an unchanged catalog opens its index instead of building it; unset: memory. */
    Optional<Path> indexDir();
}
