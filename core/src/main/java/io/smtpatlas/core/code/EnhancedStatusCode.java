package io.smtpatlas.core.code;

import java.util.List;

/**
 * One class of an enhanced status code (RFC 3463): 4.2.2 and 5.2.2 are two codes, each with its own page.
 * {@code associatedBasicCodes} holds the registry's associated basic codes of this class only.
 */
public record EnhancedStatusCode(
        int classDigit,
        int subjectNumber,
        int detail,
        String wireText,
        List<Integer> associatedBasicCodes,
        CommandScope commands,
        List<RfcReference> rfcs)
        implements SmtpCode {

    public EnhancedStatusCode {
        if (classDigit != 2 && classDigit != 4 && classDigit != 5) {
            throw new IllegalArgumentException("Enhanced status classes are 2, 4 and 5: " + classDigit);
        }
        associatedBasicCodes = List.copyOf(associatedBasicCodes);
        rfcs = List.copyOf(rfcs);
    }

    @Override
    public String id() {
        return classDigit + "." + subjectNumber + "." + detail;
    }

    /** The registry's class-free name: "X.2.2". */
    public String registryId() {
        return "X." + subjectNumber + "." + detail;
    }

    @Override
    public CodeKind kind() {
        return CodeKind.ENHANCED;
    }

    @Override
    public ReplyClass replyClass() {
        return ReplyClass.ofDigit(classDigit);
    }

    @Override
    public ReplySubject subject() {
        return ReplySubject.of(CodeKind.ENHANCED, subjectNumber);
    }

    @Override
    public int orderWithinClass() {
        return subjectNumber * 1000 + detail;
    }
}
