package io.smtpatlas.core.diagnosis;

import io.smtpatlas.core.code.SmtpCommand;
import java.util.Optional;

/**
 * What happened to one recipient. Every field except {@code reason} and {@code retry} may be null when the text
 * does not say it: a diagnosis never invents an address, a code or a server.
 *
 * @param recipient the failed address as written in the bounce
 * @param status the enhanced status code as sent ("5.1.1"), or null
 * @param replyCode the basic reply code as sent ("550"), or null
 * @param reason the kind of failure
 * @param retry permanent, temporary, or none for non-failures
 * @param remoteMta the host that answered (from Remote-MTA or the text), or null
 * @param command the SMTP step the remote server answered, or null when unknown
 * @param diagnostic the server's own words, kept as sent (unfolded to one line), or null
 * @param provider the recognised remote mail system, or null
 */
public record RecipientDiagnosis(
        String recipient,
        String status,
        String replyCode,
        BounceReason reason,
        Retry retry,
        String remoteMta,
        SmtpCommand command,
        String diagnostic,
        Provider provider) {

    public Optional<Provider> providerIfKnown() {
        return Optional.ofNullable(provider);
    }
}
