package io.smtpatlas.data.bounce;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The development set of real bounces (sisimai/set-of-emails, BSD licence, notice beside the files): the engine
 * must agree with the expected answers at least as often as the thresholds ask.
 */
class BounceCorpusTest {

    private final BounceReader reader = new BounceReader();

    @Test
    void agreesWithTheDevelopmentSetAboveTheThresholds() throws IOException, URISyntaxException {
        Path root = Path.of(getClass().getResource("/bounces-dev/expected.tsv").toURI())
                .getParent();
        Map<String, List<CorpusScore.Row>> expected = CorpusScore.load(root.resolve("expected.tsv"));
        CorpusScore score = new CorpusScore(expected);
        for (String file : expected.keySet()) {
            byte[] raw = Files.readAllBytes(root.resolve("emails").resolve(file));
            score.add(file, CorpusScore.answersOf(reader.explain(raw)));
        }
        System.out.println("Bounce corpus: " + score.summary());
        System.out.println(score.failures());
        assertTrue(score.status() >= 0.95, "status agreement " + score.status());
        assertTrue(score.replyCode() >= 0.95, "reply code agreement " + score.replyCode());
        assertTrue(score.reason() >= 0.85, "reason agreement " + score.reason());
    }
}
