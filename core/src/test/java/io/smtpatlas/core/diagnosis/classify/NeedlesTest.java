package io.smtpatlas.core.diagnosis.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The words a phrase cannot match without: a wrong one would silently switch a rule off. */
class NeedlesTest {

    @Test
    void theLongestMandatoryLiteralOutsideGroupsAndQuantifiers() {
        assertEquals(List.of("mailbox"), Needles.needlesOf("mailbox (?:is )?full"));
        assertEquals(List.of("exceed"), Needles.needlesOf("exceed(?:ed|s)? (?:the )?quota"));
        assertEquals(List.of("user"), Needles.needlesOf("(?:invalid|unknown) .{0,20}user ?id"));
        assertEquals(List.of("mail"), Needles.needlesOf("e-?mail"));
        assertEquals(List.of("spf"), Needles.needlesOf("\\bspf\\b"));
    }

    @Test
    void aLeadingGroupGivesOneWordPerAlternative() {
        assertEquals(
                List.of("sender", "mail", "envelope from"),
                Needles.needlesOf("(?:sender|mail ?from|envelope from)\\b"));
        assertEquals(List.of("rejected"), Needles.needlesOf("(?:sender|mail ?from) rejected"));
    }

    @Test
    void noNeedleWhenNothingIsMandatory() {
        assertNull(Needles.needlesOf("(?:a)?\\d{3}"));
    }

    @Test
    void everyReplyThatMatchesAPhraseStillDoesWithThePrefilter() {
        for (String reply : List.of(
                "invalid final delivery userid",
                "mailbox is full",
                "over quota",
                "sender address rejected",
                "client host [192.0.2.1] blocked",
                "spam classification")) {
            assertEquals(true, PhraseRules.of(reply) != null, reply);
        }
    }
}
