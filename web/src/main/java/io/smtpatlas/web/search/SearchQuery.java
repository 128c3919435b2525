package io.smtpatlas.web.search;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.UriInfo;

/** The limits of what a search accepts, checked before any work is done. */
final class SearchQuery {

    /** Longer than any bounce line people paste; beyond it the query is refused with 400. */
    static final int MAX_LENGTH = 500;

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 50;
    /** 20 results a page: ten pages hold every code of the catalog. */
    static final int MAX_PAGE = 10;

    private SearchQuery() {}

    static String check(String q) {
        String query = q == null ? "" : q;
        if (query.length() > MAX_LENGTH) {
            throw new BadRequestException(
                    "The query is " + query.length() + " characters long; the limit is " + MAX_LENGTH + ".");
        }
        return query.strip();
    }

    /** The request as it came (path and raw query): the key under which its answer is kept. */
    static String cacheKey(UriInfo uri) {
        String query = uri.getRequestUri().getRawQuery();
        return uri.getRequestUri().getRawPath() + (query == null ? "" : "?" + query);
    }

    /** The ?page= parameter of the search page: absent means the first; anything but 1 to 10 is a 400. */
    static int page(String page) {
        if (page == null || page.isBlank()) {
            return 1;
        }
        try {
            int value = Integer.parseInt(page.strip());
            if (value >= 1 && value <= MAX_PAGE) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, like an out-of-range number
        }
        throw new BadRequestException("page must be a number from 1 to " + MAX_PAGE + ".");
    }

    /** The ?limit= parameter as typed: absent means the default, anything but 1 to {@value #MAX_LIMIT} is a 400. */
    static int limit(String limit, int fallback) {
        if (limit == null || limit.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(limit.strip());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, like an out-of-range number
        }
        throw new BadRequestException("limit must be a number from 1 to " + MAX_LIMIT + ".");
    }
}
