package io.smtpatlas.web.site;

import io.smallrye.config.ConfigMapping;

/** Settings of the public site. */
@ConfigMapping(prefix = "atlas.site")
public interface SiteConfig {

    /** Scheme and host of canonical and OpenGraph URLs, without a trailing slash. */
    String baseUrl();
}
