package io.smtpatlas.core.code;

import java.util.Objects;

/** A specification that defines a code: an RFC with an optional section, or an Internet-Draft by name. */
public record RfcReference(String document, String section) {

    public RfcReference {
        Objects.requireNonNull(document, "document");
        section = section == null || section.isBlank() ? null : section;
    }

    /** Parses "5321:4.2.3", "7504" or "draft-levine-mailbomb-header". */
    public static RfcReference parse(String text) {
        String trimmed = text.trim();
        int colon = trimmed.indexOf(':');
        return colon < 0
                ? new RfcReference(trimmed, null)
                : new RfcReference(trimmed.substring(0, colon), trimmed.substring(colon + 1));
    }

    public boolean isRfc() {
        return document.chars().allMatch(Character::isDigit);
    }

    /** "RFC 5321 §4.2.3", never translated. */
    public String label() {
        String name = isRfc() ? "RFC " + document : document;
        return section == null ? name : name + " §" + section;
    }

    public String url() {
        if (!isRfc()) {
            return "https://datatracker.ietf.org/doc/" + document + "/";
        }
        String base = "https://www.rfc-editor.org/rfc/rfc" + document;
        return section == null ? base : base + "#section-" + section;
    }
}
