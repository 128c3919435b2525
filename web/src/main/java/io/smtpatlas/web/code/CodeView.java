package io.smtpatlas.web.code;

import io.smtpatlas.core.code.Advice;
import io.smtpatlas.core.code.CodeKind;
import io.smtpatlas.core.code.SmtpCode;
import io.smtpatlas.data.content.CodeContent;
import io.smtpatlas.data.translation.TextField;
import io.smtpatlas.web.i18n.AppMessages;
import io.smtpatlas.web.i18n.Labels;
import java.util.List;

/** Everything a page shows about one code in one locale, labels already in the reader's language. */
public record CodeView(
        SmtpCode code,
        TextBlock title,
        TextBlock summary,
        TextBlock description,
        TextBlock whenYouSeeIt,
        TextBlock howToFix,
        CodeLabels labels,
        CommandsView commands,
        AdviceView advice,
        List<CodeLink> associated,
        List<CodeLink> moreAssociated,
        List<CodeLink> compareWith) {

    /** The code's class and subject named in the page's language. */
    public record CodeLabels(String replyClass, String replyClassExplained, String subject) {}

    public static CodeView of(
            SmtpCode code,
            CodeContent content,
            AppMessages msg,
            Advice advice,
            List<CodeLink> associated,
            List<CodeLink> moreAssociated,
            List<CodeLink> compareWith) {
        CodeLabels labels = new CodeLabels(
                Labels.replyClass(msg, code.replyClass()),
                Labels.replyClassExplained(msg, code.replyClass()),
                Labels.subject(msg, code.subject()));
        return new CodeView(
                code,
                TextBlock.of(content, TextField.TITLE),
                TextBlock.of(content, TextField.SUMMARY),
                TextBlock.of(content, TextField.DESCRIPTION),
                TextBlock.of(content, TextField.WHEN_YOU_SEE_IT),
                TextBlock.of(content, TextField.HOW_TO_FIX),
                labels,
                CommandsView.of(code, msg),
                AdviceView.of(code, advice, msg),
                associated,
                moreAssociated,
                compareWith);
    }

    public boolean isBasic() {
        return code.kind() == CodeKind.BASIC;
    }

    /** "5xx" for basic codes, "5.x.x" for enhanced ones. */
    public String classDigits() {
        int digit = code.replyClass().digit();
        return isBasic() ? digit + "xx" : digit + ".x.x";
    }
}
