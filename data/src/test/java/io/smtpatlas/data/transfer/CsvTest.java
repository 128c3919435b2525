package io.smtpatlas.data.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.translation.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV of exports and imports: what one writes, the other reads back unchanged, and spreadsheets run nothing. */
class CsvTest {

    private static final List<TransferRow> ROWS = List.of(
            new TransferRow("550", TextField.TITLE, "approved", 3, "Mailbox unavailable", "Boîte indisponible"),
            new TransferRow(
                    "5.7.1",
                    TextField.HOW_TO_FIX,
                    "draft",
                    1,
                    "Check SPF, DKIM and \"DMARC\".",
                    "Vérifiez SPF, DKIM et « DMARC »,\npuis renvoyez."));

    @Test
    void whatIsWrittenIsReadBackWithItsLanguage() {
        TransferFile file = CsvFiles.read(CsvFiles.write(SiteLocale.FR, ROWS).substring(CsvFiles.BOM.length()));
        assertEquals(List.of(), file.problems());
        assertEquals(SiteLocale.FR, file.language());
        assertEquals(ROWS, file.rows());
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreNeutralisedAndRestored() {
        List<TransferRow> formula = List.of(new TransferRow("552", TextField.SUMMARY, "draft", 1, "=1+1", "@SUM(A1)"));
        String csv = CsvFiles.write(SiteLocale.DE, formula);
        assertTrue(csv.contains("'=1+1") && csv.contains("'@SUM(A1)"), csv);
        assertEquals(
                formula, CsvFiles.read(csv.substring(CsvFiles.BOM.length())).rows());
    }

    @Test
    void aFileWithoutTheExpectedColumnsIsReportedNotGuessed() {
        TransferFile file = CsvFiles.read("code,text\r\n550,Hallo\r\n");
        assertFalse(file.problems().isEmpty());
        assertEquals(ImportProblem.Kind.MALFORMED, file.problems().get(0).kind());
        assertEquals(List.of(), file.rows());
    }
}
