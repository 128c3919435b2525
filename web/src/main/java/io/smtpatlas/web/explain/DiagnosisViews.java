package io.smtpatlas.web.explain;

import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.code.SmtpCode;
import io.smtpatlas.core.code.SmtpCommand;
import io.smtpatlas.core.compare.CodePair;
import io.smtpatlas.core.diagnosis.Diagnosis;
import io.smtpatlas.core.diagnosis.Provider;
import io.smtpatlas.core.diagnosis.RecipientDiagnosis;
import io.smtpatlas.core.diagnosis.Retry;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.content.CodeContent;
import io.smtpatlas.data.content.CodeContentService;
import io.smtpatlas.data.content.ContentKeys;
import io.smtpatlas.data.translation.TextField;
import io.smtpatlas.web.code.CodeLink;
import io.smtpatlas.web.code.CodeLinks;
import io.smtpatlas.web.i18n.Labels;
import io.smtpatlas.web.i18n.Messages;
import io.smtpatlas.web.site.Paths;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a diagnosis (facts from core) into what a reader sees in their language, with links to code pages. */
@ApplicationScoped
public class DiagnosisViews {

    private static final Pattern CODE =
            Pattern.compile("(?<![\\d.])(?:[245]\\.\\d{1,3}\\.\\d{1,3}|[2-5]\\d\\d)(?![.]?\\d)");
    /** Codes linked from an unrecognized text; more would bury the message. */
    private static final int MAX_CODES_FOUND = 8;

    private final Catalog catalog;
    private final CodeLinks links;
    private final CodeContentService content;

    public DiagnosisViews(Catalog catalog, CodeLinks links, CodeContentService content) {
        this.catalog = catalog;
        this.links = links;
        this.content = content;
    }

    /** The view of {@code diagnosis}; {@code pasted} is only scanned for codes when nothing was recognised. */
    public DiagnosisView of(Diagnosis diagnosis, String pasted, SiteLocale locale) {
        ExplainMessages msg = ExplainTexts.of(locale);
        List<RecipientView> recipients = diagnosis.recipients().stream()
                .map(recipient -> recipient(recipient, locale, msg))
                .toList();
        List<CodeLink> codesFound = recipients.isEmpty() ? links.toCodes(locale, codesIn(pasted)) : List.of();
        return new DiagnosisView(diagnosis.kind().id(), summary(diagnosis, msg), recipients, codesFound);
    }

    RecipientView recipient(RecipientDiagnosis diagnosis, SiteLocale locale, ExplainMessages msg) {
        ReasonTexts.ReasonText texts = ReasonTexts.of(msg, diagnosis.reason());
        Optional<SmtpCode> status = known(diagnosis.status());
        Optional<SmtpCode> reply = known(diagnosis.replyCode());
        CodeRef compare = status.isPresent() && reply.isPresent()
                ? compareRef(locale, CodePair.of(reply.get(), status.get()), msg)
                : null;
        return new RecipientView(
                diagnosis.retry().id(),
                verdict(diagnosis.retry(), msg),
                diagnosis.reason().id(),
                texts.label(),
                texts.summary(),
                texts.steps(),
                diagnosis
                        .providerIfKnown()
                        .map(provider -> note(provider, locale))
                        .orElse(null),
                diagnosis.recipient(),
                ref(diagnosis.status(), status, locale),
                ref(diagnosis.replyCode(), reply, locale),
                compare,
                diagnosis.remoteMta(),
                stage(diagnosis.command(), locale, msg),
                diagnosis.diagnostic());
    }

    static String verdict(Retry retry, ExplainMessages msg) {
        return switch (retry) {
            case PERMANENT -> msg.explain_verdict_permanent();
            case TEMPORARY -> msg.explain_verdict_temporary();
            case NONE -> msg.explain_verdict_none();
        };
    }

    /** "3 recipients failed: 2 permanent, 1 temporary", only when the text reports on several recipients. */
    static String summary(Diagnosis diagnosis, ExplainMessages msg) {
        List<RecipientDiagnosis> recipients = diagnosis.recipients();
        if (recipients.size() < 2) {
            return null;
        }
        int permanent = count(recipients, Retry.PERMANENT);
        int temporary = count(recipients, Retry.TEMPORARY);
        return permanent + temporary == 0
                ? msg.explain_summary_recipients(recipients.size())
                : msg.explain_summary_failed(permanent + temporary, recipients.size(), permanent, temporary);
    }

    private static int count(List<RecipientDiagnosis> recipients, Retry retry) {
        return (int) recipients.stream()
                .filter(recipient -> recipient.retry() == retry)
                .count();
    }

    /** "In reply to RCPT TO": commands keep their wire names, the other steps are named in the reader's language. */
    private static String stage(SmtpCommand command, SiteLocale locale, ExplainMessages msg) {
        return command == null ? null : msg.explain_stage(Labels.command(Messages.of(locale), command));
    }

    ProviderNote note(Provider provider, SiteLocale locale) {
        CodeContent texts = content.contentOf(ContentKeys.of(provider), locale);
        if (texts.title().isEmpty()) {
            return null;
        }
        return new ProviderNote(
                provider.id(),
                texts.title(),
                texts.text(TextField.DESCRIPTION),
                texts.text(TextField.HOW_TO_FIX),
                texts.languageOf(TextField.DESCRIPTION).tag());
    }

    private Optional<SmtpCode> known(String code) {
        return code == null ? Optional.empty() : catalog.find(code.strip());
    }

    private static CodeRef ref(String written, Optional<SmtpCode> code, SiteLocale locale) {
        if (written == null) {
            return null;
        }
        return new CodeRef(written, code.map(known -> Paths.code(locale, known)).orElse(null));
    }

    private static CodeRef compareRef(SiteLocale locale, CodePair pair, ExplainMessages msg) {
        return new CodeRef(
                msg.explain_compare_link(pair.first().id(), pair.second().id()), Paths.compare(locale, pair));
    }

    /** The catalog codes a text mentions, enhanced and basic alike, in order of appearance. */
    List<SmtpCode> codesIn(String text) {
        Set<SmtpCode> codes = new LinkedHashSet<>();
        if (text != null) {
            Matcher matcher = CODE.matcher(text);
            while (matcher.find() && codes.size() < MAX_CODES_FOUND) {
                catalog.find(matcher.group()).ifPresent(codes::add);
            }
        }
        return List.copyOf(codes);
    }
}
