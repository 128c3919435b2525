package io.smtpatlas.web.explain;

import io.smtpatlas.web.code.CodeLink;
import java.util.List;

/**
 * A whole diagnosis as the page shows it.
 *
 * @param kind "bounce", "delivered", "feedback", "vacation" or "unrecognized"
 * @param summary "3 recipients failed: 2 permanent, 1 temporary" when there are several recipients, else null
 * @param codesFound for an unrecognized text, the catalog codes it mentions
 */
public record DiagnosisView(String kind, String summary, List<RecipientView> recipients, List<CodeLink> codesFound) {

    public boolean isUnrecognized() {
        return recipients.isEmpty();
    }
}
