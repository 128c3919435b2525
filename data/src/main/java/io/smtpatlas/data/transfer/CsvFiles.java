package io.smtpatlas.data.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.core.locale.UnknownLocaleException;
import io.smtpatlas.data.translation.TextField;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * CSV with the columns code, field, state, revision, source:en, target:{lang}: the target column's name carries
 * the language. Cells that a spreadsheet would run as a formula (starting with = + - @, tab or CR) get a leading
 * apostrophe, which the import takes off again.
 */
final class CsvFiles {

    static final String BOM = "\uFEFF";
    private static final String SOURCE = "source:" + SiteLocale.SOURCE.tag();
    private static final String TARGET_PREFIX = "target:";
    /** A formula start, after any apostrophes added before: one more apostrophe makes it text. */
    private static final Pattern FORMULA = Pattern.compile("^'*[=+\\-@\\t\\r]");

    private static final CsvMapper MAPPER = new CsvMapper();

    private CsvFiles() {}

    static String write(SiteLocale language, List<TransferRow> rows) {
        CsvSchema schema = CsvSchema.builder()
                .addColumn("code")
                .addColumn("field")
                .addColumn("state")
                .addColumn("revision")
                .addColumn(SOURCE)
                .addColumn(TARGET_PREFIX + language.tag())
                .setUseHeader(true)
                .setLineSeparator("\r\n")
                .build();
        List<Map<String, String>> lines = new ArrayList<>();
        for (TransferRow row : rows) {
            Map<String, String> line = new LinkedHashMap<>();
            line.put("code", row.code());
            line.put("field", row.field().key());
            line.put("state", row.state());
            line.put("revision", Integer.toString(row.revision()));
            line.put(SOURCE, neutralise(row.source()));
            line.put(TARGET_PREFIX + language.tag(), neutralise(row.target()));
            lines.add(line);
        }
        try {
            return BOM + MAPPER.writer(schema).writeValueAsString(lines);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TransferFile read(String content) {
        List<TransferRow> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        SiteLocale language = null;
        try (MappingIterator<Map<String, String>> lines = MAPPER.readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(content)) {
            String target = null;
            while (lines.hasNextValue()) {
                Map<String, String> line = lines.nextValue();
                int number = lines.getCurrentLocation().getLineNr();
                if (target == null) {
                    target = line.keySet().stream()
                            .filter(name -> name.startsWith(TARGET_PREFIX))
                            .findFirst()
                            .orElse(null);
                    if (target == null
                            || !line.containsKey("code")
                            || !line.containsKey("field")
                            || !line.containsKey("revision")) {
                        problems.add(
                                new ImportProblem(
                                        ImportProblem.Kind.MALFORMED,
                                        1,
                                        "the first line must name the columns code, field, state, revision, source:en, target:xx"));
                        break;
                    }
                    language = languageOf(target.substring(TARGET_PREFIX.length()), problems);
                }
                TransferRow row = row(line, target, number, problems);
                if (row != null) {
                    rows.add(row);
                }
            }
        } catch (RuntimeJsonMappingException | IOException e) {
            problems.add(new ImportProblem(ImportProblem.Kind.MALFORMED, 0, firstLine(e.getMessage())));
        }
        return new TransferFile(TransferFormat.CSV, language, rows, problems);
    }

    private static TransferRow row(Map<String, String> line, String target, int number, List<ImportProblem> problems) {
        String code = line.get("code");
        String fieldKey = line.get("field");
        String body = line.get(target);
        if (code == null || fieldKey == null || body == null) {
            problems.add(new ImportProblem(ImportProblem.Kind.MALFORMED, number, "a cell is missing"));
            return null;
        }
        TextField field;
        try {
            field = TextField.fromKey(fieldKey.strip());
        } catch (IllegalArgumentException e) {
            problems.add(new ImportProblem(ImportProblem.Kind.UNKNOWN_FIELD, number, fieldKey));
            return null;
        }
        int revision;
        try {
            revision = Integer.parseInt(line.getOrDefault("revision", "0").strip());
        } catch (NumberFormatException e) {
            problems.add(new ImportProblem(ImportProblem.Kind.MALFORMED, number, "revision " + line.get("revision")));
            return null;
        }
        return new TransferRow(
                code.strip(),
                field,
                line.getOrDefault("state", ""),
                revision,
                restore(line.getOrDefault(SOURCE, "")),
                restore(body));
    }

    static SiteLocale languageOf(String tag, List<ImportProblem> problems) {
        try {
            return SiteLocale.fromTag(tag.strip());
        } catch (UnknownLocaleException e) {
            problems.add(ImportProblem.of(ImportProblem.Kind.NO_LANGUAGE, tag));
            return null;
        }
    }

    static String neutralise(String cell) {
        return FORMULA.matcher(cell).find() ? "'" + cell : cell;
    }

    static String restore(String cell) {
        return cell.startsWith("'") && FORMULA.matcher(cell).find() ? cell.substring(1) : cell;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
