package io.smtpatlas.data.bounce;

import io.smtpatlas.core.diagnosis.BounceDiagnoser;
import io.smtpatlas.core.diagnosis.Diagnosis;
import io.smtpatlas.core.diagnosis.MailMessage;
import io.smtpatlas.core.diagnosis.MailMessage.Header;
import io.smtpatlas.core.diagnosis.MailMessage.Part;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * Turns pasted bytes into a {@link MailMessage} with Apache James mime4j: transfer encodings and charsets undone,
 * RFC 2047 words in header fields decoded, returned messages ({@code message/rfc822}, {@code text/rfc822-headers})
 * kept as one text part each. A text that does not start with mail header fields is a plain text. Bounded (parts,
 * nesting, bytes per part) and never throws: on broken input it returns what it read so far. Stateless.
 */
public final class BounceReader {

    static final int MAX_PARTS = 200;
    static final int MAX_DEPTH = 10;
    static final int MAX_PART_BYTES = 1 << 20;
    private static final int MAX_FIELDS = 200;

    /** Header fields that only a mail message starts with; a pasted DSN block or log line has none of them. */
    private static final Set<String> MESSAGE_FIELDS = Set.of(
            "from",
            "to",
            "subject",
            "date",
            "received",
            "return-path",
            "message-id",
            "mime-version",
            "content-type",
            "delivered-to",
            "reply-to",
            "sender",
            "x-original-to",
            "x-apparently-to",
            "x-store-info",
            "auto-submitted",
            "envelope-to",
            "x-failed-recipients");

    private static final Pattern FOLD = Pattern.compile("\\r?\\n[ \\t]+");
    private static final Pattern MBOX_FROM_LINE = Pattern.compile("\\AFrom [^\\r\\n]{0,500}\\r?\\n");

    private final BounceDiagnoser diagnoser = new BounceDiagnoser();

    /** Reads and diagnoses: what the explain page and API call. */
    public Diagnosis explain(byte[] raw) {
        return diagnoser.diagnose(read(raw));
    }

    public MailMessage read(byte[] raw) {
        return read(raw, 0);
    }

    private MailMessage read(byte[] raw, int forwardDepth) {
        if (raw == null || raw.length == 0) {
            return MailMessage.plainText("");
        }
        byte[] bytes = withoutMboxFromLine(raw);
        if (!startsWithHeaderField(bytes)) {
            // A pasted reply, log line or report body: no MIME structure to read.
            return MailMessage.plainText(TextDecoding.decode(bytes, null));
        }
        try {
            Collector collector = new Collector();
            MimeStreamParser parser = new MimeStreamParser(config());
            parser.setContentDecoding(true);
            parser.setNoRecurse();
            parser.setContentHandler(collector);
            try {
                parser.parse(new ByteArrayInputStream(bytes));
            } catch (EnoughRead enough) {
                // Over a limit: keep what was read.
            }
            if (!looksLikeMessage(collector)) {
                return MailMessage.plainText(TextDecoding.decode(bytes, null));
            }
            if (collector.parts.isEmpty() && collector.preamble != null) {
                // A multipart without its boundary lines: everything is preamble, read it as the text.
                collector.parts.add(new Part("text/plain", List.of(), collector.preamble));
            }
            return new MailMessage(collector.headers, withForwardedReports(collector.parts, forwardDepth));
        } catch (MimeException | IOException | RuntimeException | StackOverflowError broken) {
            return MailMessage.plainText(TextDecoding.decode(bytes, null));
        }
    }

    /**
     * A bounce forwarded as an attachment (to a help desk, say) hides its report inside a {@code message/rfc822}
     * part: read such a part too and add its parts after it, a few levels deep at most.
     */
    private List<Part> withForwardedReports(List<Part> parts, int forwardDepth) {
        if (forwardDepth >= 2) {
            return parts;
        }
        List<Part> all = new ArrayList<>();
        for (Part part : parts) {
            all.add(part);
            if (all.size() < MAX_PARTS && part.mimeType().equals("message/rfc822") && holdsReport(part.text())) {
                MailMessage inner = read(part.text().getBytes(StandardCharsets.UTF_8), forwardDepth + 1);
                all.addAll(inner.parts().subList(0, Math.min(inner.parts().size(), MAX_PARTS - all.size())));
            }
        }
        return all;
    }

    private static boolean holdsReport(String text) {
        String head = text.substring(0, Math.min(text.length(), 8_192)).toLowerCase(Locale.ROOT);
        int bodyStart = head.indexOf("\n\n");
        String header = bodyStart < 0 ? head : head.substring(0, bodyStart);
        return header.contains("multipart/report") && header.contains("delivery-status");
    }

    private static MimeConfig config() {
        return new MimeConfig.Builder()
                .setStrictParsing(false)
                .setMaxLineLen(-1)
                .setMaxHeaderLen(-1)
                .setMaxHeaderCount(-1)
                .setMaxContentLen(-1)
                .setMaxTotalHeaderCount(-1)
                .setMaxTotalHeaderLen(-1)
                .setMalformedHeaderStartsBody(false)
                .setMaxNestingDepth(MAX_DEPTH + 2)
                .setMaxPartCount(MAX_PARTS + 10)
                .build();
    }

    private static byte[] withoutMboxFromLine(byte[] raw) {
        String start = new String(raw, 0, Math.min(raw.length, 600), StandardCharsets.ISO_8859_1);
        var matcher = MBOX_FROM_LINE.matcher(start);
        if (!matcher.lookingAt()) {
            return raw;
        }
        int cut = matcher.end();
        byte[] rest = new byte[raw.length - cut];
        System.arraycopy(raw, cut, rest, 0, rest.length);
        return rest;
    }

    private static boolean looksLikeMessage(Collector collector) {
        return collector.sawMessageField;
    }

    /** "Name: value" on the first line, the way every mail message starts. */
    private static boolean startsWithHeaderField(byte[] bytes) {
        int limit = Math.min(bytes.length, 1_000);
        for (int i = 0; i < limit; i++) {
            byte b = bytes[i];
            if (b == ':') {
                return i > 0;
            }
            if (b <= 32 || b >= 127) {
                return false;
            }
        }
        return false;
    }

    static String decodeHeaderValue(String raw) {
        String unfolded = raw.indexOf('\n') < 0 && raw.indexOf('\r') < 0
                ? raw.strip()
                : FOLD.matcher(raw)
                        .replaceAll(" ")
                        .replace("\r", "")
                        .replace("\n", " ")
                        .strip();
        if (!unfolded.contains("=?")) {
            return unfolded;
        }
        try {
            return DecoderUtil.decodeEncodedWords(unfolded, DecodeMonitor.SILENT);
        } catch (RuntimeException undecodable) {
            return unfolded;
        }
    }

    /** Thrown from the handler to stop the parser once a limit is reached. */
    private static final class EnoughRead extends RuntimeException {
        EnoughRead() {
            super(null, null, false, false);
        }
    }

    /** Collects the top-level header and the leaf parts while mime4j streams through the message. */
    private static final class Collector extends AbstractContentHandler {
        final List<Header> headers = new ArrayList<>();
        final List<Part> parts = new ArrayList<>();
        private final Deque<List<Header>> fieldStack = new ArrayDeque<>();
        private List<Header> currentFields = new ArrayList<>();
        private int multipartDepth;
        private boolean topHeaderDone;
        String preamble;

        @Override
        public void preamble(InputStream content) throws IOException {
            if (preamble == null) {
                preamble = TextDecoding.decode(content.readNBytes(MAX_PART_BYTES), null);
            }
        }

        @Override
        public void startHeader() {
            currentFields = new ArrayList<>();
        }

        boolean sawMessageField;

        @Override
        public void field(Field field) {
            if (!topHeaderDone && !sawMessageField && field.getName() != null) {
                sawMessageField = MESSAGE_FIELDS.contains(field.getName().toLowerCase(Locale.ROOT));
            }
            if (currentFields.size() < MAX_FIELDS) {
                String body = field.getBody() == null ? "" : field.getBody();
                currentFields.add(new Header(field.getName(), decodeHeaderValue(body)));
            }
        }

        @Override
        public void endHeader() {
            if (!topHeaderDone) {
                headers.addAll(currentFields);
                topHeaderDone = true;
            }
            fieldStack.push(currentFields);
        }

        @Override
        public void startMultipart(BodyDescriptor descriptor) {
            multipartDepth++;
            if (multipartDepth > MAX_DEPTH) {
                throw new EnoughRead();
            }
        }

        @Override
        public void endMultipart() {
            multipartDepth--;
            popFields();
        }

        @Override
        public void body(BodyDescriptor descriptor, InputStream content) throws IOException {
            List<Header> fields = popFields();
            if (parts.size() >= MAX_PARTS) {
                throw new EnoughRead();
            }
            byte[] bytes = content.readNBytes(MAX_PART_BYTES);
            String mimeType = descriptor.getMimeType() == null
                    ? "text/plain"
                    : descriptor.getMimeType().toLowerCase(Locale.ROOT);
            if (!isReadable(mimeType)) {
                parts.add(new Part(mimeType, fields, ""));
                return;
            }
            String charset = isEmbeddedMessage(mimeType) ? null : descriptor.getCharset();
            parts.add(new Part(mimeType, fields, TextDecoding.decode(bytes, charset)));
        }

        private List<Header> popFields() {
            return fieldStack.isEmpty() ? List.of() : fieldStack.pop();
        }

        private static boolean isReadable(String mimeType) {
            return mimeType.startsWith("text/") || mimeType.startsWith("message/");
        }

        private static boolean isEmbeddedMessage(String mimeType) {
            return mimeType.equals("message/rfc822")
                    || mimeType.equals("text/rfc822-headers")
                    || mimeType.equals("message/global")
                    || mimeType.equals("message/global-headers");
        }
    }
}
