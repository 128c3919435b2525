package io.smtpatlas.web.compare;

import io.smtpatlas.web.code.CodeView;
import java.util.List;

/** Everything a comparison page shows, its sentences already composed in the page's locale. */
public record CompareView(String heading, String intro, CodeView first, CodeView second, List<String> differences,
        List<WhichItem> which) {

    public List<CodeView> codes() {
        return List.of(first, second);
    }
}
