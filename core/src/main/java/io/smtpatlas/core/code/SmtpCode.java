package io.smtpatlas.core.code;

import java.util.Comparator;
import java.util.List;

/** A code with a page of its own: a basic reply code or one class of an enhanced status code. */
public sealed interface SmtpCode permits ReplyCode, EnhancedStatusCode {

    /** Canonical order: basic codes ascending, then enhanced codes by class, subject and detail. */
    Comparator<SmtpCode> CANONICAL_ORDER = Comparator.comparing(SmtpCode::kind)
            .thenComparingInt(code -> code.replyClass().digit())
            .thenComparingInt(SmtpCode::orderWithinClass);

    /** The code as written on the wire and in URLs: "550", "5.1.1". */
    String id();

    CodeKind kind();

    ReplyClass replyClass();

    ReplySubject subject();

    /** The standard text that accompanies the code, as the RFC or registry gives it; never translated. */
    String wireText();

    /** The steps of a session that can get this code, from the fact tables, with their source. */
    CommandScope commands();

    List<RfcReference> rfcs();

    /** Orders codes of one kind and class; see {@link #CANONICAL_ORDER}. */
    int orderWithinClass();
}
