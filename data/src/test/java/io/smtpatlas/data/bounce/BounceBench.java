package io.smtpatlas.data.bounce;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Run by bench/bounces.sh: scores the engine and Sisimai's output on the same emails with the same fair scoring
 * (CorpusScore), and measures the engine's emails/s single-threaded and its latency on a 100 KB bounce at 16
 * concurrent callers.
 *
 * <p>Arguments: the set's directory (emails/ and expected.tsv), the file of Sisimai's answers, the number of timed
 * passes.
 */
public final class BounceBench {

    public static void main(String[] args) throws Exception {
        Path set = Path.of(args[0]);
        Path sisimaiAnswers = Path.of(args[1]);
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        Map<String, List<CorpusScore.Row>> expected = CorpusScore.load(set.resolve("expected.tsv"));
        List<Path> files = expected.keySet().stream()
                .map(name -> set.resolve("emails").resolve(name))
                .toList();
        BounceReader reader = new BounceReader();

        CorpusScore engine = new CorpusScore(expected);
        for (Path file : files) {
            engine.add(file.getFileName().toString(), CorpusScore.answersOf(reader.explain(Files.readAllBytes(file))));
        }
        for (int warm = 0; warm < 5; warm++) {
            for (Path file : files) {
                reader.explain(Files.readAllBytes(file));
            }
        }
        long started = System.nanoTime();
        for (int pass = 0; pass < passes; pass++) {
            for (Path file : files) {
                reader.explain(Files.readAllBytes(file));
            }
        }
        double engineSeconds = (System.nanoTime() - started) / 1e9;
        double enginePerSecond = files.size() * (double) passes / engineSeconds;

        SisimaiRun sisimai = SisimaiRun.read(sisimaiAnswers, expected);

        System.out.printf(
                "%-8s %-8s %-11s %-8s %-10s %s%n", "decoder", "status", "reply code", "reason", "emails/s", "ms/email");
        System.out.printf(
                "%-8s %-8.3f %-11.3f %-8.3f %-10.0f %.3f%n",
                "engine",
                engine.status(),
                engine.replyCode(),
                engine.reason(),
                enginePerSecond,
                1000 / enginePerSecond);
        System.out.printf(
                "%-8s %-8.3f %-11.3f %-8.3f %-10.0f %.3f%n",
                "sisimai",
                sisimai.score.status(),
                sisimai.score.replyCode(),
                sisimai.score.reason(),
                sisimai.perSecond(files.size()),
                1000 / sisimai.perSecond(files.size()));
        System.out.println("engine:  " + engine.summary());
        System.out.println("sisimai: " + sisimai.score.summary());
        concurrentLatency(reader, set);
    }

    /** A 100 KB bounce (a real report with a long returned message) explained by 16 threads at once. */
    private static void concurrentLatency(BounceReader reader, Path set) throws Exception {
        String report = Files.readString(set.resolve("emails/lhost-postfix-01.eml"), StandardCharsets.ISO_8859_1);
        StringBuilder big = new StringBuilder(report);
        while (big.length() < 100 * 1024) {
            big.append("Returned text line of the original message, kept to make the bounce 100 KB long.\n");
        }
        byte[] raw = big.toString().getBytes(StandardCharsets.ISO_8859_1);
        int threads = 16;
        int perThread = 200;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int warm = 0; warm < 300; warm++) {
                reader.explain(raw);
            }
            List<Future<long[]>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    long[] nanos = new long[perThread];
                    for (int i = 0; i < perThread; i++) {
                        long start = System.nanoTime();
                        reader.explain(raw);
                        nanos[i] = System.nanoTime() - start;
                    }
                    return nanos;
                }));
            }
            long[] all = new long[threads * perThread];
            for (int t = 0; t < threads; t++) {
                System.arraycopy(futures.get(t).get(), 0, all, t * perThread, perThread);
            }
            Arrays.sort(all);
            System.out.printf(
                    "engine, %d KB bounce, %d concurrent callers: p50 %.2f ms, p99 %.2f ms (%d calls)%n",
                    raw.length / 1024,
                    threads,
                    all[all.length / 2] / 1e6,
                    all[(int) (all.length * 0.99)] / 1e6,
                    all.length);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Sisimai's answers as the perl driver printed them. */
    private record SisimaiRun(CorpusScore score, double seconds, int emails) {
        static SisimaiRun read(Path answers, Map<String, List<CorpusScore.Row>> expected) throws IOException {
            Map<String, List<CorpusScore.Answer>> byFile = new LinkedHashMap<>();
            double seconds = 0;
            for (String line : Files.readAllLines(answers, StandardCharsets.UTF_8)) {
                if (line.startsWith("# elapsed ")) {
                    seconds = Double.parseDouble(
                            line.substring("# elapsed ".length()).strip());
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length < 4) {
                    continue;
                }
                List<CorpusScore.Answer> answersOfFile = byFile.computeIfAbsent(cells[0], f -> new ArrayList<>());
                if (!cells[1].equals("-")) {
                    answersOfFile.add(new CorpusScore.Answer(cells[1], cells[2], cells[3]));
                }
            }
            CorpusScore score = new CorpusScore(expected);
            for (String file : expected.keySet()) {
                score.add(file, byFile.getOrDefault(file, List.of()));
            }
            return new SisimaiRun(score, seconds, byFile.size());
        }

        double perSecond(int files) {
            return seconds == 0 ? 0 : emails / seconds;
        }
    }
}
