package io.smtpatlas.data.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV of exports and imports (RFC 4180): what one writes, the other reads back unchanged. */
class CsvTest {

    @Test
    void plainCellsAreWrittenAsTheyAre() {
        assertEquals("550,fr,title,Boîte indisponible\r\n", Csv.row("550", "fr", "title", "Boîte indisponible"));
    }

    @Test
    void cellsWithCommasQuotesOrLineBreaksAreQuoted() {
        assertEquals("\"a, b\",\"say \"\"hi\"\"\",\"one\ntwo\"\r\n", Csv.row("a, b", "say \"hi\"", "one\ntwo"));
    }

    @Test
    void whatIsWrittenIsReadBack() {
        List<String> tricky = List.of("5.7.1", "ja", "howToFix", "Line one,\r\nline \"two\"", "", "末尾");
        String csv = Csv.row("code", "locale", "field", "text", "empty", "more")
                + Csv.row(tricky.toArray(String[]::new));
        assertEquals(List.of(List.of("code", "locale", "field", "text", "empty", "more"), tricky), Csv.parse(csv));
    }

    @Test
    void bareLineEndingsAndAMissingFinalLineBreakAreAccepted() {
        assertEquals(List.of(List.of("a", "b"), List.of("c", "d")), Csv.parse("a,b\nc,d"));
    }

    @Test
    void aQuoteLeftOpenIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Csv.parse("550,\"never closed\r\n"));
    }
}
