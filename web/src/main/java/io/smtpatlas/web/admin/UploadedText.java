package io.smtpatlas.web.admin;

import jakarta.ws.rs.BadRequestException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An uploaded file as UTF-8 text. Spreadsheets often save CSV as Latin-1 or UTF-16; guessing would import wrong
 * letters without a word, so such a file is refused with the way to save it right. A UTF-8 byte order mark is dropped.
 */
final class UploadedText {

    private UploadedText() {
    }

    static String read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new BadRequestException("The file is not UTF-8 text (Latin-1 or UTF-16 perhaps). Save it as UTF-8 "
                    + "(in a spreadsheet: \"CSV UTF-8\") and import it again.");
        }
    }
}
