package io.smtpatlas.web.seo;

import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.code.CodeKind;
import io.smtpatlas.core.code.SmtpCode;
import io.smtpatlas.core.compare.CodePair;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The comparisons the sitemap lists: every pair of basic codes, every enhanced code with its associated basic
 * codes and its other classes, and every pair that code pages link to.
 */
public final class SitemapPairs {

    private SitemapPairs() {}

    public static List<CodePair> of(Catalog catalog) {
        Set<CodePair> pairs = new LinkedHashSet<>();
        List<SmtpCode> basic = catalog.ofKind(CodeKind.BASIC);
        for (int i = 0; i < basic.size(); i++) {
            for (int j = i + 1; j < basic.size(); j++) {
                pairs.add(CodePair.of(basic.get(i), basic.get(j)));
            }
        }
        for (SmtpCode code : catalog.all()) {
            for (SmtpCode other : catalog.associatedWith(code)) {
                pairs.add(CodePair.of(code, other));
            }
            for (SmtpCode other : catalog.confusedWith(code)) {
                pairs.add(CodePair.of(code, other));
            }
        }
        return List.copyOf(pairs);
    }
}
