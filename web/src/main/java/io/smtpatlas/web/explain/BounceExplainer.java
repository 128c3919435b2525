package io.smtpatlas.web.explain;

import io.smtpatlas.core.diagnosis.Diagnosis;
import io.smtpatlas.data.bounce.BounceReader;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import org.jboss.logging.Logger;

/**
 * Turns pasted bytes into a diagnosis. Never throws and never logs what it read: a bounce holds people's
 * addresses, so a failure is reported as "unrecognized" and logged by exception type only.
 */
@ApplicationScoped
public class BounceExplainer {

    private static final Logger LOG = Logger.getLogger(BounceExplainer.class);

    private final BounceReader reader = new BounceReader();

    public Diagnosis explain(byte[] raw) {
        try {
            return reader.explain(raw);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warnf(
                    "The bounce reader failed on a pasted text (%s); answered as unrecognized",
                    e.getClass().getName());
            return Diagnosis.unrecognized();
        }
    }

    public Diagnosis explain(String text) {
        return explain(text.getBytes(StandardCharsets.UTF_8));
    }
}
