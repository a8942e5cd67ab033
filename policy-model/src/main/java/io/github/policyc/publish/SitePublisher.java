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
        Path directory = target.toAbsolutePath().normalize();
        Path parent = directory.getParent();
        if (parent == null) {
            throw new PublishException("cannot publish to the root directory " + directory);
        }
        checkReplaceable(directory);
        Files.createDirectories(parent);
        Path staging = createSibling(directory, ".new-");
        try {
            write(site, staging);
            swap(staging, directory);
        } finally {
            deleteTree(staging);
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

    private void write(Site site, Path staging) throws IOException {
        for (Map.Entry<String, byte[]> file : site.files().entrySet()) {
            Path path = staging.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            writer.write(path, file.getValue());
        }
        writer.write(staging.resolve(MARKER), MARKER_TEXT.getBytes(StandardCharsets.UTF_8));
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
