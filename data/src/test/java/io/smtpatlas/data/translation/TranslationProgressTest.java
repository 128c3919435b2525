package io.smtpatlas.data.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smtpatlas.core.locale.SiteLocale;
import org.junit.jupiter.api.Test;

/** Where a text stands, as the dashboard counts it: stored statuses plus "missing" and "outdated". */
class TranslationProgressTest {

    @Test
    void aTextThatIsAbsentOrBlankIsMissing() {
        assertEquals(TextState.MISSING, TranslationProgress.stateOf(null, english(1), SiteLocale.FR));
        assertEquals(
                TextState.MISSING,
                TranslationProgress.stateOf(text(" \n", TextStatus.APPROVED, 1), english(1), SiteLocale.FR));
    }

    @Test
    void draftsAndTextsInReviewKeepTheirStatus() {
        assertEquals(
                TextState.DRAFT,
                TranslationProgress.stateOf(text("Brouillon", TextStatus.DRAFT, 1), english(3), SiteLocale.FR));
        assertEquals(
                TextState.IN_REVIEW,
                TranslationProgress.stateOf(text("À relire", TextStatus.IN_REVIEW, 1), english(3), SiteLocale.FR));
    }

    @Test
    void anApprovedTranslationOfAnOlderEnglishRevisionIsOutdated() {
        assertEquals(
                TextState.OUTDATED,
                TranslationProgress.stateOf(text("Boîte pleine", TextStatus.APPROVED, 2), english(3), SiteLocale.FR));
    }

    @Test
    void anApprovedTranslationOfTheCurrentEnglishIsApproved() {
        assertEquals(
                TextState.APPROVED,
                TranslationProgress.stateOf(text("Boîte pleine", TextStatus.APPROVED, 3), english(3), SiteLocale.FR));
    }

    @Test
    void anEnglishEditNotYetPublishedOutdatesNothing() {
        CodeText source = english(5);
        source.publishedRevision = 3;
        assertEquals(
                TextState.APPROVED,
                TranslationProgress.stateOf(text("Boîte pleine", TextStatus.APPROVED, 3), source, SiteLocale.FR));
    }

    @Test
    void withoutARecordedSourceRevisionOrEnglishTextNothingIsOutdated() {
        assertEquals(
                TextState.APPROVED,
                TranslationProgress.stateOf(
                        text("Boîte pleine", TextStatus.APPROVED, null), english(9), SiteLocale.FR));
        assertEquals(
                TextState.APPROVED,
                TranslationProgress.stateOf(text("Boîte pleine", TextStatus.APPROVED, 1), null, SiteLocale.FR));
    }

    @Test
    void englishIsTheSourceAndIsNeverOutdated() {
        CodeText source = english(5);
        source.sourceRevision = 1;
        assertEquals(TextState.APPROVED, TranslationProgress.stateOf(source, source, SiteLocale.EN));
    }

    private static CodeText english(int revision) {
        CodeText text = text("Mailbox full", TextStatus.APPROVED, null);
        text.locale = SiteLocale.EN.tag();
        text.revision = revision;
        text.publishedRevision = revision;
        return text;
    }

    private static CodeText text(String body, TextStatus status, Integer sourceRevision) {
        CodeText text = new CodeText();
        text.code = "552";
        text.locale = SiteLocale.FR.tag();
        text.field = TextField.TITLE;
        text.body = body;
        text.status = status;
        text.revision = 1;
        text.sourceRevision = sourceRevision;
        return text;
    }
}
