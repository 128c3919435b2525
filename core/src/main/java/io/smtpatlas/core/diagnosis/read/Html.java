package io.smtpatlas.core.diagnosis.read;

/** Just enough HTML-to-text for bounces sent only as HTML: tags become line breaks, entities the common five. */
final class Html {

    private Html() {}

    static String toText(String html) {
        int end = Math.min(html.length(), 256 * 1024);
        StringBuilder text = new StringBuilder(end);
        boolean inTag = false;
        for (int i = 0; i < end; i++) {
            char c = html.charAt(i);
            if (c == '<') {
                inTag = true;
                String rest = html.substring(i, Math.min(end, i + 4)).toLowerCase(java.util.Locale.ROOT);
                if (rest.startsWith("<br")
                        || rest.startsWith("<p")
                        || rest.startsWith("<div")
                        || rest.startsWith("<tr")
                        || rest.startsWith("<li")
                        || rest.startsWith("</p")
                        || rest.startsWith("</d")
                        || rest.startsWith("<h")) {
                    text.append('\n');
                }
            } else if (c == '>' && inTag) {
                inTag = false;
            } else if (!inTag) {
                text.append(c == '\n' || c == '\r' ? ' ' : c);
            }
        }
        return text.toString()
                .replace("&nbsp;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
