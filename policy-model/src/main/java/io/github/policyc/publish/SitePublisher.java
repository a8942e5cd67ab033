package io.github.policyc.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;

/**
 * Writes a {@link Site} to a directory so that readers see either the old site or the new one,
 * never a mixture: the files go to a staging directory beside the target, which then replaces it.
 *
 * <p>The target directory belongs to policyc: it is replaced as a whole. To keep a mistyped path
 * from wiping someone's files, policyc marks the directories it writes and refuses to replace a
 * non-empty directory without its mark.
 *
 * @since 0.1.0
 */
public final class SitePublisher {

    /** The name of the file that marks a directory as written by policyc. */
    public static final String MARKER = ".policyc";

    private static final String MARKER_TEXT = "Written by policyc. This directory is replaced on every build.\n";

    /** Writes one file; a seam for tests that make writing fail half-way. */
    @FunctionalInterface
    public interface FileWriter {
        void write(Path file, byte[] bytes) throws IOException;
    }

    private final FileWriter writer;

    /** A publisher that writes with {@link Files#write}. */
    public SitePublisher() {
        this(Files::write);
    }

    /** A publisher that writes each file with {@code writer}. */
    public SitePublisher(FileWriter writer) {
        this.writer = writer;
    }

    /**
     * Replaces {@code target} with the site.
     *
     * @throws PublishException when the target is a file, or a non-empty directory policyc did not write
     * @throws IOException      when writing fails; the target is then left as it was
     */
    public void publish(Site site, Path target) throws IOException, PublishException {
        publish(site, target, "");
    }

    /**
     * Replaces {@code target} with the site, and keeps {@code stamp} in its {@value #MARKER} file (see
     * {@link #stamp(Path)}).
     *
     * @throws PublishException when the target is a file, or a non-empty directory policyc did not write
     * @throws IOException      when writing fails; the target is then left as it was
     */
    public void publish(Site site, Path target, String stamp) throws IOException, PublishException {
        try (Staging staging = stage(target)) {
            staging.write("", site);
            staging.commit(stamp);
        }
    }

    /**
     * Starts replacing {@code target} with a site written in parts: a set of policies writes each policy's
     * site as it is rendered instead of holding all of them in memory. Nothing replaces the target until
     * {@link Staging#commit}; closing the staging uncommitted deletes what was written.
     *
     * @throws PublishException when the target is a file, or a non-empty directory policyc did not write
     */
    public Staging stage(Path target) throws IOException, PublishException {
        Path directory = target.toAbsolutePath().normalize();
        Path parent = directory.getParent();
        if (parent == null) {
            throw new PublishException("cannot publish to the root directory " + directory);
        }
        checkReplaceable(directory);
        Files.createDirectories(parent);
        return new Staging(directory, createSibling(directory, ".new-"));
    }

    /**
     * What the {@value #MARKER} file of a site published in {@code target} keeps besides its notice: the
     * stamp given to {@link #publish(Site, Path, String)}, or an empty string when there is none (or no site).
     */
    public static String stamp(Path target) throws IOException {
        Path marker = target.resolve(MARKER);
        if (!Files.isRegularFile(marker)) {
            return "";
        }
        String text = Files.readString(marker, StandardCharsets.UTF_8);
        return text.startsWith(MARKER_TEXT) ? text.substring(MARKER_TEXT.length()) : "";
    }

    /** A site being written beside its target. Parts may be written from several threads at once. */
    public final class Staging implements AutoCloseable {
        private final Path directory;
        private final Path staging;
        private boolean committed;

        private Staging(Path directory, Path staging) {
            this.directory = directory;
            this.staging = staging;
        }

        /** Writes {@code site} under {@code prefix} ({@code ""} or a relative path ending in {@code /}). */
        public void write(String prefix, Site site) throws IOException {
            if (!prefix.isEmpty() && (!prefix.endsWith("/") || prefix.startsWith("/") || prefix.contains(".."))) {
                throw new IllegalArgumentException("not a relative directory: " + prefix);
            }
            for (Map.Entry<String, byte[]> file : site.files().entrySet()) {
                Path path = staging.resolve(prefix + file.getKey());
                Files.createDirectories(path.getParent());
                writer.write(path, file.getValue());
            }
        }

        /** Marks the site as policyc's, with {@code stamp}, and swaps it in for the target. */
        public void commit(String stamp) throws IOException {
            writer.write(staging.resolve(MARKER), (MARKER_TEXT + stamp).getBytes(StandardCharsets.UTF_8));
            swap(staging, directory);
            committed = true;
        }

        /** Deletes what was written unless it was committed. */
        @Override
        public void close() throws IOException {
            if (!committed) {
                deleteTree(staging);
            }
        }
    }

    private static void checkReplaceable(Path directory) throws IOException, PublishException {
        if (!Files.exists(directory)) {
            return;
        }
        if (!Files.isDirectory(directory)) {
            throw new PublishException("the output directory " + directory + " is a file; choose a directory");
        }
        if (!Files.exists(directory.resolve(MARKER)) && !isEmpty(directory)) {
            throw new PublishException("refusing to replace " + directory + ": it holds files that policyc did not"
                    + " write; choose a new or empty output directory");
        }
    }

    /** Moves the old site aside, the new one in, then deletes the old one; restores it on failure. */
    private static void swap(Path staging, Path directory) throws IOException {
        if (!Files.exists(directory)) {
            Files.move(staging, directory, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path old = createSibling(directory, ".old-");
        Files.delete(old);
        Files.move(directory, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(staging, directory, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(old, directory, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        deleteTree(old);
    }

    /**
     * A new directory beside {@code directory}, so that moving it into place is a rename on the same
     * file system. Unlike {@link Files#createTempDirectory} it gets the usual permissions (the umask
     * applies), so a web server running as another user can read the published site.
     */
    private static Path createSibling(Path directory, String infix) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path sibling = directory.resolveSibling("." + directory.getFileName() + infix
                    + Long.toHexString(System.nanoTime()) + attempt);
            try {
                return Files.createDirectory(sibling);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    private static boolean isEmpty(Path directory) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            return !entries.iterator().hasNext();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
