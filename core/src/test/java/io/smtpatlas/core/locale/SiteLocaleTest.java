package io.smtpatlas.core.locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SiteLocaleTest {

    @Test
    void readsTheEightPathPrefixesAndNothingElse() {
        assertEquals(8, SiteLocale.values().length);
        assertEquals(SiteLocale.VI, SiteLocale.fromTag("vi"));
        assertThrows(UnknownLocaleException.class, () -> SiteLocale.fromTag("xx"));
        assertThrows(UnknownLocaleException.class, () -> SiteLocale.fromTag("FR"));
        assertThrows(UnknownLocaleException.class, () -> SiteLocale.fromTag(null));
    }
}
