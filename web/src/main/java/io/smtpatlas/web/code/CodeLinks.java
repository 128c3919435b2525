package io.smtpatlas.web.code;

import io.smtpatlas.core.code.SmtpCode;
import io.smtpatlas.core.compare.CodePair;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.content.CodeContentService;
import io.smtpatlas.web.site.Paths;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Builds labelled links to code and comparison pages in a locale. */
@ApplicationScoped
public class CodeLinks {

    private final CodeContentService content;

    public CodeLinks(CodeContentService content) {
        this.content = content;
    }

    public CodeLink toCode(SiteLocale locale, SmtpCode code) {
        return new CodeLink(code.id(), content.contentOf(code.id(), locale).title(), Paths.code(locale, code));
    }

    public List<CodeLink> toCodes(SiteLocale locale, List<SmtpCode> codes) {
        return codes.stream().map(code -> toCode(locale, code)).toList();
    }

    /** Links from one code to its comparisons with others, labelled with the other code. */
    public List<CodeLink> toComparisons(SiteLocale locale, SmtpCode from, List<SmtpCode> others) {
        return others.stream()
                .map(other -> new CodeLink(
                        other.id(),
                        content.contentOf(other.id(), locale).title(),
                        Paths.compare(locale, CodePair.of(from, other))))
                .toList();
    }
}
