package io.smtpatlas.web.compare;

import io.smtpatlas.web.code.CodeView;
import java.util.List;

/**
 * Everything a comparison page shows, its sentences already composed in the page's locale: the table of aspects
 * (those that differ first), the key-difference sentences, the two full cards and "when to use which".
 */
public record CompareView(
        String heading,
        String intro,
        String caption,
        CodeView first,
        CodeView second,
        List<CompareRow> rows,
        List<String> differences,
        List<WhichItem> which) {

    public List<CodeView> codes() {
        return List.of(first, second);
    }
}
