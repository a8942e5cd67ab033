package io.github.policyc.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a site was built from: the files read (the model, its includes, a source map), the directories
 * whose listing matters (the history, a set of models), and a context string (the generator's version and
 * the parameters that shape the output). Kept as a stamp in the site's {@value SitePublisher#MARKER}
 * file, it lets the next build see that nothing changed and skip all of its work without loading anything:
 * the stamp names its own inputs, so checking it needs only the files it lists.
 *
 * <p>Paths in the stamp are relative to the site's directory, so the same project builds the same stamp
 * wherever it is checked out (same input, byte-identical output).
 *
 * @since 0.1.0
 */
public final class BuildInputs {

    private static final String DIGEST = "inputs sha256:";
    private static final String FILE = "file ";
    private static final String DIRECTORY = "dir ";

    private final Path target;
    private final String context;
    private final Set<String> entries = new LinkedHashSet<>();

    /**
     * @param target  the directory the site is published to; input paths are kept relative to it
     * @param context what else the output depends on: the generator's version and the parameters
     */
    public BuildInputs(Path target, String context) {
        this.target = target.toAbsolutePath().normalize();
        this.context = Objects.requireNonNull(context, "context");
    }

    /** Adds a file whose content the site depends on; it need not exist (a source map may appear later). */
    public BuildInputs file(Path file) {
        entries.add(FILE + relative(file));
        return this;
    }

    /** Adds a directory whose entries, and the content of the files directly in it, the site depends on. */
    public BuildInputs directory(Path directory) {
        entries.add(DIRECTORY + relative(directory));
        return this;
    }

    /** The stamp to keep in the site's marker: the digest of the inputs, then the inputs, one a line. */
    public String stamp() {
        StringBuilder stamp = new StringBuilder(DIGEST).append(digest(target, context, entries)).append('\n');
        entries.forEach(entry -> stamp.append(entry).append('\n'));
        return stamp.toString();
    }

    /**
     * Whether the site in {@code target} was built from the inputs its stamp lists as they are now, in the
     * same {@code context}. {@code false} when there is no site, no stamp, or anything differs.
     */
    public static boolean upToDate(Path target, String context) {
        Path directory = target.toAbsolutePath().normalize();
        try {
            List<String> lines = SitePublisher.stamp(directory).lines().toList();
            if (lines.isEmpty() || !lines.get(0).startsWith(DIGEST)) {
                return false;
            }
            List<String> entries = lines.subList(1, lines.size());
            return lines.get(0).substring(DIGEST.length()).equals(digest(directory, context, entries));
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            // An unreadable stamp or input only means the site must be built again.
            return false;
        }
    }

    private String relative(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        String shown;
        try {
            shown = target.relativize(absolute).toString();
        } catch (IllegalArgumentException e) {
            shown = absolute.toString(); // another drive on Windows
        }
        return shown.replace('\\', '/');
    }

    private static String digest(Path target, String context, Iterable<String> entries) {
        MessageDigest sha = sha256();
        update(sha, context);
        for (String entry : entries) {
            update(sha, entry);
            if (entry.startsWith(FILE)) {
                update(sha, contentOf(resolve(target, entry.substring(FILE.length()))));
            } else if (entry.startsWith(DIRECTORY)) {
                listing(resolve(target, entry.substring(DIRECTORY.length()))).forEach((name, content) -> {
                    update(sha, name);
                    update(sha, content);
                });
            } else {
                throw new IllegalArgumentException("not an input: " + entry);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * An input's path, normalised: the system would resolve {@code out/../src} only while {@code out}
     * exists, and before the first build it does not.
     */
    private static Path resolve(Path target, String path) {
        return target.resolve(path).normalize();
    }

    /** The hash of a file's bytes, or a word saying why there are none. */
    private static String contentOf(Path file) {
        try {
            if (!Files.exists(file)) {
                return "absent";
            }
            if (!Files.isRegularFile(file)) {
                return "not a file";
            }
            return HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each entry of a directory, by name in order, with its content hash ({@code dir} for a directory). */
    private static TreeMap<String, String> listing(Path directory) {
        TreeMap<String, String> listing = new TreeMap<>();
        if (!Files.isDirectory(directory)) {
            listing.put("", Files.exists(directory) ? "not a directory" : "absent");
            return listing;
        }
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
            stream.forEach(children::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path child : children) {
            listing.put(child.getFileName().toString(), Files.isDirectory(child) ? "dir" : contentOf(child));
        }
        return listing;
    }

    private static void update(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
