package io.smtpatlas.data.bounce;

import io.smtpatlas.core.diagnosis.Diagnosis;
import io.smtpatlas.core.diagnosis.RecipientDiagnosis;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores diagnoses against the corpus' expected.tsv the way its README asks: status on rows whose status is
 * literally in the email, reply code where one is expected, reason on every row; the records of one email are
 * matched as a multiset, since decoders may list recipients in another order.
 */
public final class CorpusScore {

    /** One expected row. */
    public record Row(String file, String status, String replyCode, String reason, boolean literal, String family) {}

    /** What a decoder said about one email: (status, reply code, reason) per record, empty strings for none. */
    public record Answer(String status, String replyCode, String reason) {}

    private final Map<String, List<Row>> expected;
    private int statusTotal;
    private int statusHits;
    private int replyTotal;
    private int replyHits;
    private int reasonTotal;
    private int reasonHits;
    private final Map<String, List<String>> failuresByFamily = new TreeMap<>();

    public CorpusScore(Map<String, List<Row>> expected) {
        this.expected = expected;
    }

    public static Map<String, List<Row>> load(Path tsv) throws IOException {
        Map<String, List<Row>> rows = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            if (cells.length < 8) {
                continue;
            }
            rows.computeIfAbsent(cells[0], file -> new ArrayList<>())
                    .add(new Row(cells[0], cells[2], cells[3], cells[4], cells[5].equals("yes"), cells[7]));
        }
        return rows;
    }

    public static List<Answer> answersOf(Diagnosis diagnosis) {
        List<Answer> answers = new ArrayList<>();
        for (RecipientDiagnosis recipient : diagnosis.recipients()) {
            answers.add(new Answer(
                    recipient.status() == null ? "" : recipient.status(),
                    recipient.replyCode() == null ? "" : recipient.replyCode(),
                    recipient.reason().id()));
        }
        return answers;
    }

    public void add(String file, List<Answer> answers) {
        List<Row> rows = expected.getOrDefault(file, List.of());
        List<String> statuses = new ArrayList<>();
        List<String> replies = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (Answer answer : answers) {
            statuses.add(answer.status());
            replies.add(answer.replyCode());
            reasons.add(answer.reason());
        }
        List<String> wantedStatuses = new ArrayList<>();
        List<String> wantedReplies = new ArrayList<>();
        List<String> wantedReasons = new ArrayList<>();
        for (Row row : rows) {
            if (row.literal()) {
                wantedStatuses.add(row.status());
            }
            if (!row.replyCode().isEmpty()) {
                wantedReplies.add(row.replyCode());
            }
            wantedReasons.add(row.reason());
        }
        int statusMatched = matched(wantedStatuses, statuses);
        int replyMatched = matched(wantedReplies, replies);
        int reasonMatched = matched(wantedReasons, reasons);
        statusTotal += wantedStatuses.size();
        statusHits += statusMatched;
        replyTotal += wantedReplies.size();
        replyHits += replyMatched;
        reasonTotal += wantedReasons.size();
        reasonHits += reasonMatched;
        if (statusMatched < wantedStatuses.size()
                || replyMatched < wantedReplies.size()
                || reasonMatched < wantedReasons.size()) {
            String family = rows.isEmpty() ? "?" : rows.get(0).family();
            failuresByFamily
                    .computeIfAbsent(family, f -> new ArrayList<>())
                    .add(String.format(
                            "%s expected status=%s reply=%s reason=%s | got status=%s reply=%s reason=%s",
                            file, wantedStatuses, wantedReplies, wantedReasons, statuses, replies, reasons));
        }
    }

    /** The size of the multiset intersection. */
    private static int matched(List<String> wanted, List<String> got) {
        Map<String, Integer> available = new HashMap<>();
        for (String value : got) {
            available.merge(value, 1, Integer::sum);
        }
        int hits = 0;
        for (String value : wanted) {
            Integer left = available.get(value);
            if (left != null && left > 0) {
                available.put(value, left - 1);
                hits++;
            }
        }
        return hits;
    }

    public double status() {
        return statusTotal == 0 ? 0 : (double) statusHits / statusTotal;
    }

    public double replyCode() {
        return replyTotal == 0 ? 0 : (double) replyHits / replyTotal;
    }

    public double reason() {
        return reasonTotal == 0 ? 0 : (double) reasonHits / reasonTotal;
    }

    public String summary() {
        return String.format(
                "status %.3f (%d/%d)  reply code %.3f (%d/%d)  reason %.3f (%d/%d)",
                status(),
                statusHits,
                statusTotal,
                replyCode(),
                replyHits,
                replyTotal,
                reason(),
                reasonHits,
                reasonTotal);
    }

    public String failures() {
        StringBuilder text = new StringBuilder();
        failuresByFamily.forEach((family, lines) -> {
            text.append(family).append(" (").append(lines.size()).append(")\n");
            lines.forEach(line -> text.append("  ").append(line).append('\n'));
        });
        return text.toString();
    }
}
