package io.smtpatlas.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Templates hold markup and expressions only: every human word comes from a message bundle or the content. */
class TemplateTextTest {

    @Test
    void noTemplateHoldsBareHumanText() throws IOException {
        Path templates = Path.of("src/main/resources/templates");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(templates)) {
            offenders = files.filter(file -> file.toString().endsWith(".html"))
                    .flatMap(file -> {
                        String text = read(file)
                                .replaceAll("(?s)\\{!.*?!}", " ") // Qute comments
                                .replaceAll("(?s)\\{[^{}]*}", " ") // expressions and sections
                                .replaceAll("(?s)<!--.*?-->", " ")
                                .replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ")
                                .replaceAll("(?s)<[^>]*>", " "); // tags and their attributes
                        return Stream.of(text.split("\\s+"))
                                .filter(word -> word.codePoints().anyMatch(Character::isLetter))
                                .map(word -> templates.relativize(file) + ": " + word);
                    })
                    .toList();
        }
        assertEquals(List.of(), offenders);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
