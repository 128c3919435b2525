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

/**
 * Keeps this instance in step with edits made on other instances sharing the database: it reads the change table
 * in id order and announces each changed code, as a local edit would. Its own edits come back too, which
 * costs one extra reindex and keeps the logic simple.
 */
@ApplicationScoped
public class ContentChangePoller {

    private final Event<ContentChanged> changed;
    private final Event<ContentSynced> synced;
    private final ContentVersions versions;
    private final AtomicLong lastSeen = new AtomicLong(Long.MAX_VALUE);

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
        List<ContentChange> changes = QuarkusTransaction.requiringNew()
                .call(() -> ContentChange.list("id > ?1 order by id", lastSeen.get()));
        if (changes.isEmpty()) {
            return;
        }
        Set<String> codes = new LinkedHashSet<>();
        changes.forEach(change -> codes.add(change.code));
        // The same event a local edit fires; outside a transaction, caches, rendered pages and the index refresh now.
        codes.forEach(code -> changed.fire(new ContentChanged(code)));
        lastSeen.set(changes.get(changes.size() - 1).id);
        synced.fire(new ContentSynced(lastSeen.get()));
    }
}
