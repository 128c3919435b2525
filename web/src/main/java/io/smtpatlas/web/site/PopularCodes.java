package io.smtpatlas.web.site;

import java.util.List;

/**
 * The codes readers look up most, shown on the home page. Chosen from what dominates the provider bounce lines
 * and developer issue trackers of the project fact sheet (smtp-facts.md §3 and §4): unknown recipients (550,
 * 5.1.1), deferrals (421, 450, 452), policy and authentication refusals (554, 5.7.1, 535, 530, 5.7.26).
 */
public final class PopularCodes {

    public static final List<String> IDS =
            List.of("550", "5.1.1", "421", "450", "554", "5.7.1", "535", "530", "452", "5.7.26");

    private PopularCodes() {}
}
