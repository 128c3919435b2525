package io.smtpatlas.data.translation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The limits every text obeys, whoever writes it: editor, import or seeder. */
class TextRulesTest {

    @Test
    void aTextUpToTheLimitIsAccepted() {
        assertDoesNotThrow(() -> TextRules.check(""));
        assertDoesNotThrow(() -> TextRules.check("é".repeat(TextRules.MAX_LENGTH)));
    }

    @Test
    void aLongerTextIsRefusedWithItsLengthAndTheLimit() {
        TextRules.TextTooLongException refused = assertThrows(
                TextRules.TextTooLongException.class, () -> TextRules.check("x".repeat(TextRules.MAX_LENGTH + 1)));
        assertTrue(refused.getMessage().contains("16385"), refused.getMessage());
        assertTrue(refused.getMessage().contains("16384"), refused.getMessage());
    }

    @Test
    void aMissingTextIsRefused() {
        assertEquals(
                "The text is missing.",
                assertThrows(IllegalArgumentException.class, () -> TextRules.check(null))
                        .getMessage());
    }

    @Test
    void statesAndFieldsRoundTripThroughTheirUrlAndFileKeys() {
        for (TextState state : TextState.values()) {
            assertEquals(state, TextState.fromKey(state.key()));
        }
        assertEquals("in-review", TextState.IN_REVIEW.key());
        for (TextField field : TextField.values()) {
            assertEquals(field, TextField.fromKey(field.key()));
        }
        assertEquals(TextField.WHEN_YOU_SEE_IT, TextField.fromKey("whenYouSeeIt"));
        assertThrows(IllegalArgumentException.class, () -> TextState.fromKey("IN_REVIEW"));
        assertThrows(IllegalArgumentException.class, () -> TextField.fromKey("when_you_see_it"));
    }
}
