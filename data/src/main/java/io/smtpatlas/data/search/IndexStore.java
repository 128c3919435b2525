package io.smtpatlas.data.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.util.Version;
import org.jboss.logging.Logger;

/**
 * The folders that hold search indexes: each build gets a new one ({@code gen-<time>}), the newest one with a commit is
 * the one to open, older ones are deleted once replaced. Each commit records the content version it was built from
 * and the index format (the code that builds documents and analyzes them), so a start knows whether it is current.
 */
final class IndexStore {

    private static final Logger LOG = Logger.getLogger(IndexStore.class);
    static final String CONTENT_VERSION = "content-version";
    static final String FORMAT = "index-format";
    /** The classes whose code decides what an index holds; a change to any of them makes older indexes stale. */
    private static final List<Class<?>> FORMAT_CLASSES =
            List.of(SearchIndex.class, SearchFields.class, SearchAnalyzers.class, SearchPrior.class);

    private final Optional<Path> root;

    IndexStore(Optional<Path> root) {
        this.root = root;
    }

    /** An index folder and what its last commit says about it. */
    record Stored(Path path, Directory directory, Map<String, String> commitData) {

        boolean isCurrent(String contentVersion) {
            return format().equals(commitData.get(FORMAT)) && contentVersion.equals(commitData.get(CONTENT_VERSION));
        }
    }

    /** The newest index with a readable commit, if any. */
    Optional<Stored> newest() {
        if (root.isEmpty()) {
            return Optional.empty();
        }
        for (Path folder : folders()) {
            try {
                Directory directory = FSDirectory.open(folder);
                if (DirectoryReader.indexExists(directory)) {
                    Map<String, String> commitData =
                            SegmentInfos.readLatestCommit(directory).getUserData();
                    if (commitData.containsKey(CONTENT_VERSION)) {
                        return Optional.of(new Stored(folder, directory, commitData));
                    }
                }
                directory.close();
            } catch (IOException | RuntimeException e) {
                // Unreadable (an older Lucene, a crash mid-build): it will be replaced.
            }
        }
        return Optional.empty();
    }

    /** A new, empty place for an index: a fresh folder, or memory. */
    Stored create() {
        if (root.isEmpty()) {
            return new Stored(null, inMemory(), Map.of());
        }
        try {
            Path folder = root.get().resolve("gen-" + System.currentTimeMillis());
            Files.createDirectories(folder);
            return new Stored(folder, FSDirectory.open(folder), Map.of());
        } catch (IOException e) {
            LOG.warnf(
                    "Cannot write the search index under %s (%s): it lives in memory, built again at each start",
                    root.get(), e);
            return new Stored(null, inMemory(), Map.of());
        }
    }

    /**
     * In memory, each file as one buffer: the default many-block layout copies every block's buffer each time a
     * search opens a file, and a search opens the term dictionary of every field it looks a word up in.
     */
    static ByteBuffersDirectory inMemory() {
        return new ByteBuffersDirectory(
                new SingleInstanceLockFactory(), ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
    }

    /** Deletes every index folder but {@code kept}. */
    void deleteAllBut(Path kept) {
        for (Path folder : folders()) {
            if (!folder.equals(kept)) {
                try (Stream<Path> files = Files.walk(folder)) {
                    files.sorted(Comparator.reverseOrder())
                            .forEach(path -> path.toFile().delete());
                } catch (IOException e) {
                    // Left for the next rebuild to try again.
                }
            }
        }
    }

    private List<Path> folders() {
        if (root.isEmpty() || !Files.isDirectory(root.get())) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(root.get())) {
            return folders.filter(path -> path.getFileName().toString().startsWith("gen-"))
                    .sorted(Comparator.comparing(
                                    (Path path) -> path.getFileName().toString())
                            .reversed())
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** A digest of the Lucene version and of the compiled classes that define documents and analysis. */
    static String format() {
        return Format.DIGEST;
    }

    private static final class Format {
        static final String DIGEST = compute();

        private static String compute() {
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                digest.update(Version.LATEST.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                for (Class<?> type : FORMAT_CLASSES) {
                    try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
                        if (in != null) {
                            digest.update(in.readAllBytes());
                        }
                    }
                }
                return HexFormat.of().formatHex(digest.digest(), 0, 12);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
