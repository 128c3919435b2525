package io.smtpatlas.web.explain;

import java.util.List;

/**
 * One recipient of a diagnosis as the page shows it, verdict first. Localized texts come from the message bundle;
 * the address, codes, host and the server's diagnostic are kept exactly as the bounce wrote them. Any field but
 * the verdict and the reason texts may be null.
 *
 * @param retry "permanent", "temporary" or "none" (also the card's style)
 * @param compare the comparison page of the status and reply code when the catalog knows both
 * @param stage "In reply to RCPT TO", localized
 */
public record RecipientView(
        String retry,
        String verdict,
        String reason,
        String reasonLabel,
        String summary,
        List<String> steps,
        ProviderNote provider,
        String recipient,
        CodeRef status,
        CodeRef replyCode,
        CodeRef compare,
        String remoteMta,
        String stage,
        String diagnostic) {}
