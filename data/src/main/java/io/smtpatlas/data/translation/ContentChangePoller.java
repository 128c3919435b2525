package io.smtpatlas.data.translation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smtpatlas.data.content.ContentVersions;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Keeps this instance in step with edits made on other instances sharing the database: it reads the change table
 * in id order and announces each changed code, as a local edit would. Its own edits come back too, which
 * costs one extra reindex and keeps the logic simple.
 */
@ApplicationScoped
public class ContentChangePoller {

    private static final Logger LOG = Logger.getLogger(ContentChangePoller.class);

    private final Event<ContentChanged> changed;
    private final Event<ContentSynced> synced;
    private final ContentVersions versions;
    private final AtomicLong lastSeen = new AtomicLong(Long.MAX_VALUE);
    private volatile boolean unreachable;

    public ContentChangePoller(Event<ContentChanged> changed, Event<ContentSynced> synced, ContentVersions versions) {
        this.changed = changed;
        this.synced = synced;
        this.versions = versions;
    }

    // The content loader read the last change already: starting costs no query here.
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        lastSeen.set(versions.atStart().lastChange());
    }

    @Scheduled(every = "${atlas.sync.poll-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (lastSeen.get() == Long.MAX_VALUE) {
            return;
        }
        try {
            long before = lastSeen.get();
            QuarkusTransaction.requiringNew().run(this::announceNewChanges);
            if (lastSeen.get() != before) {
                // After the commit, when every announced change reached the index: its commit on disk may say so.
                synced.fire(new ContentSynced(lastSeen.get()));
            }
            if (unreachable) {
                unreachable = false;
                LOG.info("The database answers again; changes from other instances are followed again");
            }
        } catch (RuntimeException e) {
            // An outage: try again at the next tick, from the same place, and say so once rather than every tick.
            if (!unreachable) {
                unreachable = true;
                LOG.warnf("Cannot read content changes (%s); will retry every tick", e.toString());
            }
        }
    }

    private void announceNewChanges() {
        List<ContentChange> changes = ContentChange.list("id > ?1 order by id", lastSeen.get());
        if (changes.isEmpty()) {
            return;
        }
        Set<String> codes = new LinkedHashSet<>();
        changes.forEach(change -> codes.add(change.code));
        // The same event a local edit fires: caches, rendered pages and the index refresh after this commit.
        codes.forEach(code -> changed.fire(new ContentChanged(code)));
        lastSeen.set(changes.get(changes.size() - 1).id);
    }
}
