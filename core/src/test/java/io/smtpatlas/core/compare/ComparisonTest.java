package io.smtpatlas.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.code.SmtpCommand;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    private final Catalog catalog = Catalog.standard();

    private Comparison compare(String slug) {
        return Comparison.of(CodePair.parse(slug, catalog), catalog);
    }

    @Test
    void twoSuccessCodesAgreeOnClassButNotOnCommands() {
        Comparison comparison = compare("235-vs-252");
        assertFalse(comparison.differsIn(Aspect.CLASS));
        assertFalse(comparison.differsIn(Aspect.RETRY));
        assertTrue(comparison.differsIn(Aspect.COMMANDS));
        assertTrue(comparison.commonCommands().isEmpty());
        assertTrue(comparison.onlyFirstCommands().contains(SmtpCommand.AUTH));
        assertTrue(comparison.onlySecondCommands().contains(SmtpCommand.VRFY));
        assertEquals(Relation.NONE, comparison.relation());
    }

    @Test
    void transientAndPermanentVersionsOfOneConditionDifferOnRetry() {
        Comparison comparison = compare("450-vs-550");
        assertTrue(comparison.differsIn(Aspect.CLASS));
        assertTrue(comparison.differsIn(Aspect.RETRY));
        assertFalse(comparison.differsIn(Aspect.SUBJECT));
        assertTrue(comparison.commonCommands().contains(SmtpCommand.RCPT));
        assertEquals(Relation.SAME_CONDITION_OTHER_CLASS, comparison.relation());
        assertEquals(
                Relation.SAME_CONDITION_OTHER_CLASS, compare("4.2.2-vs-5.2.2").relation());
    }

    @Test
    void anEnhancedCodeDetailsItsBasicCode() {
        Comparison comparison = compare("550-vs-5.1.1");
        assertEquals(Relation.ENHANCED_DETAILS_BASIC, comparison.relation());
        assertTrue(comparison.differsIn(Aspect.KIND));
        assertFalse(comparison.differsIn(Aspect.CLASS));
    }

    @Test
    void aCodeThatAnswersAnyCommandSharesTheOtherCodesCommands() {
        Comparison authPair = compare("235-vs-502");
        assertEquals(java.util.Set.of(SmtpCommand.AUTH), authPair.commonCommands(), "AUTH can get 235 and 502");
        assertTrue(authPair.secondAlsoAnyOther());
        Comparison vrfyPair = compare("252-vs-530");
        assertEquals(java.util.Set.of(SmtpCommand.VRFY, SmtpCommand.EXPN, SmtpCommand.ETRN), vrfyPair.commonCommands());
        assertTrue(vrfyPair.onlyFirstCommands().isEmpty());
        Comparison shutdown = compare("421-vs-432");
        assertEquals(java.util.Set.of(SmtpCommand.AUTH), shutdown.commonCommands());
        assertTrue(shutdown.firstAlsoAnyOther());
        Comparison storage = compare("452-vs-530");
        assertTrue(storage.commonCommands().containsAll(java.util.Set.of(SmtpCommand.MAIL, SmtpCommand.RCPT)));
        assertEquals(java.util.Set.of(SmtpCommand.END_OF_DATA), storage.onlyFirstCommands());
        Comparison bothAny = compare("554-vs-5.5.0");
        assertTrue(bothAny.bothAnyCommand());
        assertEquals(java.util.Set.of(SmtpCommand.QUIT), bothAny.onlySecondCommands(), "554 never answers QUIT");
    }

    @Test
    void aProviderReuseIsNotCalledTheSameCondition() {
        Comparison comparison = compare("4.7.12-vs-5.7.12");
        assertEquals(Relation.SAME_ENTRY_PROVIDER_REUSE, comparison.relation());
        assertEquals("Microsoft 365", comparison.reusingProvider().orElseThrow());
    }
}
