package io.smtpatlas.core.catalog;

import io.smtpatlas.core.code.EnhancedStatusCode;
import io.smtpatlas.core.code.ReplyCode;
import io.smtpatlas.core.code.RfcReference;
import io.smtpatlas.core.code.SmtpCode;
import io.smtpatlas.core.code.SmtpCommand;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the catalog's fact tables (tab-separated, under /catalog on the classpath). */
final class CatalogLoader {

    private CatalogLoader() {
    }

    static List<SmtpCode> load() {
        Map<Integer, ReplyCode> basics = new HashMap<>();
        for (String[] row : rows("/catalog/basic-codes.tsv", 5)) {
            ReplyCode code = new ReplyCode(Integer.parseInt(row[0]), row[1], commands(row[2]), references(row[3]),
                    "y".equals(row[4]));
            basics.put(code.value(), code);
        }
        List<SmtpCode> codes = new ArrayList<>(basics.values());
        for (String[] row : rows("/catalog/enhanced-codes.tsv", 5)) {
            String[] parts = row[0].split("\\.");
            int subject = Integer.parseInt(parts[1]);
            int detail = Integer.parseInt(parts[2]);
            List<Integer> associated = integers(row[3]);
            for (int classDigit : integers(row[2])) {
                List<Integer> sameClass = associated.stream().filter(basic -> basic / 100 == classDigit).toList();
                Set<SmtpCommand> commands = EnumSet.noneOf(SmtpCommand.class);
                for (int basic : sameClass) {
                    ReplyCode reply = basics.get(basic);
                    if (reply == null) {
                        throw new IllegalStateException(row[0] + " names unknown basic code " + basic);
                    }
                    commands.addAll(reply.commands());
                }
                codes.add(new EnhancedStatusCode(classDigit, subject, detail, row[1], sameClass, commands,
                        references(row[4])));
            }
        }
        return codes;
    }

    static List<String[]> confusionPairs() {
        return rows("/catalog/confusions.tsv", 2);
    }

    private static List<String[]> rows(String resource, int columns) {
        InputStream in = CatalogLoader.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing catalog table " + resource);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split("\t", -1);
                if (row.length != columns) {
                    throw new IllegalStateException(resource + ": expected " + columns + " columns in " + line);
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static Set<SmtpCommand> commands(String cell) {
        Set<SmtpCommand> commands = EnumSet.noneOf(SmtpCommand.class);
        for (String name : split(cell, ",")) {
            commands.add(SmtpCommand.valueOf(name));
        }
        return commands;
    }

    private static List<RfcReference> references(String cell) {
        return split(cell, ";").stream().map(RfcReference::parse).toList();
    }

    private static List<Integer> integers(String cell) {
        return split(cell, ",").stream().map(Integer::parseInt).toList();
    }

    private static List<String> split(String cell, String separator) {
        return cell.isBlank() ? List.of()
                : Arrays.stream(cell.split(separator)).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
