package io.smtpatlas.core.catalog;

import io.smtpatlas.core.code.CommandScope;
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

    private CatalogLoader() {}

    static List<SmtpCode> load() {
        List<SmtpCode> codes = new ArrayList<>();
        for (String[] row : rows("/catalog/basic-codes.tsv", 7)) {
            codes.add(new ReplyCode(
                    Integer.parseInt(row[0]),
                    row[1],
                    scope(row[2], row[3], row[6]),
                    references(row[4]),
                    "y".equals(row[5])));
        }
        Map<String, CommandScope> scopes = new HashMap<>();
        for (String[] row : rows("/catalog/enhanced-commands.tsv", 4)) {
            if (scopes.put(row[0], scope(row[1], row[2], row[3])) != null) {
                throw new IllegalStateException("enhanced-commands.tsv names " + row[0] + " twice");
            }
        }
        for (String[] row : rows("/catalog/enhanced-codes.tsv", 5)) {
            String[] parts = row[0].split("\\.");
            int subject = Integer.parseInt(parts[1]);
            int detail = Integer.parseInt(parts[2]);
            List<Integer> associated = integers(row[3]);
            for (int classDigit : integers(row[2])) {
                List<Integer> sameClass = associated.stream()
                        .filter(basic -> basic / 100 == classDigit)
                        .toList();
                String id = classDigit + "." + subject + "." + detail;
                CommandScope commands = scopes.getOrDefault(id, scopes.getOrDefault(row[0], CommandScope.none()));
                codes.add(new EnhancedStatusCode(
                        classDigit, subject, detail, row[1], sameClass, commands, references(row[4])));
            }
        }
        return codes;
    }

    /** Rows of a table keyed by code: "550", "5.7.1", "X.7.1" or "X.7.*", in file order. */
    static List<String[]> keyed(String table, int columns) {
        return rows("/catalog/" + table, columns);
    }

    private static CommandScope scope(String named, String any, String source) {
        String anyCell = any.trim();
        boolean anyCommand = !anyCell.isEmpty();
        Set<SmtpCommand> except = EnumSet.noneOf(SmtpCommand.class);
        if (anyCell.startsWith("all except ")) {
            except = commands(anyCell.substring("all except ".length()));
        } else if (anyCommand && !anyCell.equals("all")) {
            throw new IllegalStateException("Any-command cell must be empty, 'all' or 'all except ...': " + any);
        }
        return new CommandScope(commands(named), anyCommand, except, source);
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
        return cell.isBlank()
                ? List.of()
                : Arrays.stream(cell.split(separator))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
