package io.smtpatlas.data.bounce;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Bytes to text for parts whose declared charset may be missing, misspelt or wrong: the declared one when the
 * bytes fit it, else ISO-2022-JP when its escapes are present, UTF-8 when valid, and windows-1252 as the last
 * resort (it maps every byte, so nothing is lost to an exception).
 */
final class TextDecoding {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset ISO_2022_JP = Charset.forName("ISO-2022-JP");

    /** Spellings seen in mail that Java does not know under that name. */
    private static final Map<String, String> ALIASES = Map.of(
            "x-sjis", "Shift_JIS",
            "shift-jis", "Shift_JIS",
            "sjis", "Shift_JIS",
            "cp932", "windows-31j",
            "x-unknown", "",
            "unknown-8bit", "",
            "ks_c_5601-1987", "EUC-KR",
            "utf8", "UTF-8");

    private TextDecoding() {}

    static String decode(byte[] bytes, String declared) {
        Charset charset = charsetOrNull(declared);
        boolean plainAscii = charset == null || charset.equals(StandardCharsets.US_ASCII);
        if (!plainAscii) {
            String strict = strictly(bytes, charset);
            if (strict != null) {
                return strict;
            }
        }
        if (hasIso2022Escape(bytes)) {
            String japanese = strictly(bytes, ISO_2022_JP);
            if (japanese != null) {
                return japanese;
            }
        }
        String utf8 = strictly(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return utf8;
        }
        if (!plainAscii && charset.newDecoder().maxCharsPerByte() > 0 && isMultiByteAsian(charset)) {
            // A wrong byte here and there in a Japanese or Chinese text: keep the rest readable.
            return new String(bytes, charset);
        }
        return new String(bytes, WINDOWS_1252);
    }

    static Charset charsetOrNull(String declared) {
        if (declared == null) {
            return null;
        }
        String name = declared.trim().replace("\"", "").toLowerCase(Locale.ROOT);
        name = ALIASES.getOrDefault(name, name);
        if (name.isEmpty()) {
            return null;
        }
        try {
            return Charset.forName(name);
        } catch (RuntimeException unknown) {
            return null;
        }
    }

    private static String strictly(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException | RuntimeException wrongCharset) {
            return null;
        }
    }

    private static boolean hasIso2022Escape(byte[] bytes) {
        int limit = Math.min(bytes.length, 65_536) - 2;
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0x1B && bytes[i + 1] == '$' && (bytes[i + 2] == 'B' || bytes[i + 2] == '@')) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMultiByteAsian(Charset charset) {
        String name = charset.name().toLowerCase(Locale.ROOT);
        return name.contains("jis")
                || name.contains("euc")
                || name.contains("gb")
                || name.contains("big5")
                || name.contains("31j")
                || name.contains("2022");
    }
}
