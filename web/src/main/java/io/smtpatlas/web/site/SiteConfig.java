package io.smtpatlas.web.site;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/** Settings of the public site. */
@ConfigMapping(prefix = "atlas.site")
public interface SiteConfig {

    /** Scheme and host of canonical and OpenGraph URLs, without a trailing slash. */
    String baseUrl();

    /** Host names besides the base URL's host, localhost and loopback that requests may carry. */
    Optional<List<String>> allowedHosts();
}
