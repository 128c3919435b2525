package io.smtpatlas.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smtpatlas.core.catalog.Catalog;
import io.smtpatlas.core.catalog.UnknownCodeException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodePairTest {

    private final Catalog catalog = Catalog.standard();

    @Test
    void putsBasicCodesAscendingThenEnhancedCodes() {
        assertEquals("235-vs-252", CodePair.parse("252-vs-235", catalog).slug());
        assertEquals("550-vs-5.7.1", CodePair.parse("5.7.1-vs-550", catalog).slug());
        assertEquals("4.2.2-vs-5.2.2", CodePair.parse("5.2.2-vs-4.2.2", catalog).slug());
        assertEquals(
                "5.1.9-vs-5.1.10", CodePair.parse("5.1.10-vs-5.1.9", catalog).slug());
    }

    @Test
    void knowsWhetherTheWrittenOrderIsCanonical() {
        CodePair pair = CodePair.parse("252-vs-235", catalog);
        assertTrue(pair.isWrittenAs("235", "252"));
        assertFalse(pair.isWrittenAs("252", "235"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "235",
                "235-vs-",
                "-vs-252",
                "235-252",
                "235-vs-252-vs-250",
                "abc-vs-252",
                "235-VS-252",
                "2.3-vs-250"
            })
    void rejectsMalformedSlugs(String slug) {
        assertThrows(MalformedPairException.class, () -> CodePair.split(slug));
    }

    @Test
    void rejectsUnknownCodesAndTheSameCodeTwice() {
        assertThrows(UnknownCodeException.class, () -> CodePair.parse("235-vs-299", catalog));
        assertThrows(IllegalArgumentException.class, () -> CodePair.parse("235-vs-235", catalog));
        assertEquals(List.of("235", "235"), CodePair.split("235-vs-235"));
    }
}
