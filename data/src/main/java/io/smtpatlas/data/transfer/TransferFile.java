package io.smtpatlas.data.transfer;

import io.smtpatlas.core.locale.SiteLocale;
import java.util.List;

/** A file as read: its format, the target language it declares, its rows, and what could not be read. */
public record TransferFile(
        TransferFormat format, SiteLocale language, List<TransferRow> rows, List<ImportProblem> problems) {}
