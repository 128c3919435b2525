package io.smtpatlas.web.code;

import io.smtpatlas.data.content.CodeContent;
import io.smtpatlas.data.translation.TextField;
import java.util.Arrays;
import java.util.List;

/** A field of a code page ready to print: its paragraphs and the language it is written in. */
public record TextBlock(String text, String lang, boolean fallback) {

    public static TextBlock of(CodeContent content, TextField field) {
        return new TextBlock(content.text(field), content.languageOf(field).tag(), content.isFallback(field));
    }

    /** Content separates paragraphs with a blank line. */
    public List<String> paragraphs() {
        return Arrays.stream(text.split("\\n\\s*\\n"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    }
}
