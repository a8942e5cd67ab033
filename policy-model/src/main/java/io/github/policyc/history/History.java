package io.github.policyc.history;

import io.github.policyc.diff.ChangeDetector;
import io.github.policyc.diff.VersionChanges;
import io.github.policyc.load.LoadedPolicy;
import io.github.policyc.load.ModelException;
import io.github.policyc.load.PolicyLoader;
import io.github.policyc.load.Problem;
import io.github.policyc.model.Location;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.render.json.ContentHash;
import io.github.policyc.render.json.JsonExporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The released versions of a policy: the {@code history/} directory beside {@code policy.yaml}, one file
 * per version named {@code <version>.json}, each exactly the {@code policy.json} that version published.
 * Each file is a model (JSON is YAML) and carries its content hash, so a version edited after its release
 * is caught.
 *
 * <pre>{@code
 * History history = History.read(Path.of("src/policy/history"), loader);
 * Timeline timeline = history.timeline(loader.read(Path.of("src/policy/policy.yaml")), detector);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class History {

    /** The directory's name beside the model, where released versions are kept unless configured otherwise. */
    public static final String DIRECTORY = "history";

    /** The file name extension of a released version. */
    public static final String EXTENSION = ".json";

    /**
     * What a version may be called: it names a file in the history and a directory of the site, so
     * letters, digits, {@code .}, {@code -} and {@code _}, starting with a letter or digit.
     */
    private static final Pattern USABLE_VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    /** How many changes a "released with different content" problem lists before it says "and N more". */
    private static final int LISTED_CHANGES = 5;

    private static final Comparator<Problem> READING_ORDER = Comparator.comparing(Problem::at, Location.READING_ORDER);

    private final Path directory;
    private final PolicyLoader loader;
    private final List<PolicyVersion> versions;

    private History(Path directory, PolicyLoader loader, List<PolicyVersion> versions) {
        this.directory = directory;
        this.loader = loader;
        this.versions = List.copyOf(versions);
    }

    /** The default history directory of a model: {@value #DIRECTORY} beside it. */
    public static Path besideModel(Path model) {
        Path parent = model.toAbsolutePath().normalize().getParent();
        return parent == null ? Path.of(DIRECTORY) : parent.resolve(DIRECTORY);
    }

    /**
     * Reads every released version in {@code directory}: each {@code *.json} file (dot-files aside) is
     * loaded as a model and its content hash verified. A directory that does not exist is an empty history.
     *
     * @throws ModelException when a file does not load, no longer matches its content hash, is not named
     *                        after its version, or releases a version another file releases too
     */
    public static History read(Path directory, PolicyLoader loader) throws ModelException {
        Path dir = directory.toAbsolutePath().normalize();
        List<Problem> problems = new ArrayList<>();
        List<Released> read = new ArrayList<>();
        for (Path file : files(dir, loader, problems)) {
            Released released = readVersion(file, loader, problems);
            if (released != null) {
                read.add(released);
            }
        }
        // Files named after their version first: a misnamed file then is either a copy of one, or needs renaming.
        read.sort(Comparator.comparing(Released::misnamed));
        Map<String, String> fileOfVersion = new HashMap<>();
        List<PolicyVersion> versions = new ArrayList<>();
        for (Released released : read) {
            String version = released.version().version();
            String file = released.version().model().policy().at().file();
            String earlier = fileOfVersion.putIfAbsent(version, file);
            if (earlier != null) {
                problems.add(new Problem(released.versionAt(), "version " + version + " is released twice, here and in "
                        + earlier + "; a version is released once (remove the copy that is not the one that was"
                        + " published)"));
            } else if (released.misnamed()) {
                String name = file.substring(file.lastIndexOf('/') + 1);
                problems.add(new Problem(released.versionAt(), "this file releases version " + version + " but is named "
                        + name + "; a released version is kept as <version>.json (rename it to " + version + EXTENSION
                        + ")"));
            } else {
                versions.add(released.version());
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(READING_ORDER);
            throw new ModelException(problems);
        }
        versions.sort(PolicyVersion.CHRONOLOGICAL);
        return new History(dir, loader, versions);
    }

    /** The released versions, in the order they took effect. */
    public List<PolicyVersion> versions() {
        return versions;
    }

    /** The directory the history is kept in. */
    public Path directory() {
        return directory;
    }

    /** The file a version is, or would be, released as. */
    public Path file(String version) {
        return directory.resolve(version + EXTENSION);
    }

    /**
     * Every version to publish: the released ones and, when its version is not released yet, the current
     * model as the newest, with what changed between each two.
     *
     * @param current  the model being built
     * @param detector works out what changed between two versions
     * @throws ModelException when the current version is released already with other content (bump the
     *                        version), would take effect before a released version, or cannot name a file
     */
    public Timeline timeline(LoadedPolicy current, ChangeDetector detector) throws ModelException {
        Objects.requireNonNull(detector, "detector");
        PolicyModel model = current.model();
        String version = model.policy().version();
        if (!USABLE_VERSION.matcher(version).matches()) {
            throw problem(loader.locate(current, "policy", "version"), unusableVersion(version));
        }
        String json = JsonExporter.write(model);
        PolicyVersion released = versions.stream().filter(v -> v.version().equals(version)).findFirst().orElse(null);
        List<PolicyVersion> all = new ArrayList<>(versions);
        PolicyVersion currentVersion;
        if (released != null) {
            if (!released.policyJson().equals(json)) {
                throw problem(loader.locate(current, "policy", "version"), "version " + version
                        + " is already released with different content; bump the version (policy.version) to"
                        + " publish these changes. What differs: " + differences(released, model, json, detector));
            }
            currentVersion = released;
        } else {
            currentVersion = new PolicyVersion(model, json, false);
            if (!all.isEmpty() && PolicyVersion.CHRONOLOGICAL.compare(all.get(all.size() - 1), currentVersion) > 0) {
                PolicyVersion latest = all.get(all.size() - 1);
                throw problem(loader.locate(current, "policy", "effective"), "version " + version + " takes effect on "
                        + model.policy().effective() + ", before version " + latest.version() + " (" + latest.effective()
                        + ") which is already released; a new version takes effect on or after the latest one, and on"
                        + " the same day only with a version that sorts after it (policy.effective, policy.version)");
            }
            all.add(currentVersion);
        }
        List<VersionChanges> changes = new ArrayList<>();
        for (int i = 1; i < all.size(); i++) {
            changes.add(detector.between(all.get(i - 1).model(), all.get(i).model()));
        }
        return new Timeline(all, changes, currentVersion);
    }

    /**
     * Freezes an unreleased version as {@code <version>.json}. The file is written beside its final name
     * and moved into place, so the history never holds half a version.
     *
     * @return the file written
     * @throws IllegalArgumentException when the version is released already
     * @throws IOException              when writing fails; the history is then unchanged
     */
    public Path write(PolicyVersion version) throws IOException {
        Path file = file(version.version());
        if (version.released() || Files.exists(file)) {
            throw new IllegalArgumentException("version " + version.version() + " is released already");
        }
        Files.createDirectories(directory);
        // Not Files.createTempFile: its owner-only permissions would stay with the released file.
        Path temporary = directory.resolve("." + version.version() + EXTENSION + "." + Long.toHexString(System.nanoTime())
                + ".tmp");
        try {
            Files.writeString(temporary, version.policyJson(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return file;
    }

    private static List<Path> files(Path dir, PolicyLoader loader, List<Problem> problems) throws ModelException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        if (!Files.isDirectory(dir)) {
            throw problem(Location.startOf(loader.display(dir)), "the history of released versions is a directory,"
                    + " but this is a file; move it away, or set the history directory (policyc.historyDirectory)");
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.endsWith(EXTENSION) && !name.startsWith(".") && Files.isRegularFile(entry)) {
                    files.add(entry);
                }
            }
        } catch (IOException e) {
            problems.add(new Problem(Location.startOf(loader.display(dir)), "cannot list the released versions: " + e));
        }
        files.sort(Comparator.comparing(Path::toString));
        return files;
    }

    /**
     * A released version as read.
     *
     * @param versionAt where its file says its version
     * @param misnamed  whether the file is named other than {@code <version>.json}
     */
    private record Released(PolicyVersion version, Location versionAt, boolean misnamed) {
    }

    /** One released version, or {@code null} with its problems recorded. */
    private static Released readVersion(Path file, PolicyLoader loader, List<Problem> problems) {
        String shown = loader.display(file);
        String text = readText(file);
        boolean intact = true;
        if (text != null && ContentHash.declared(text).isEmpty()) {
            problems.add(new Problem(Location.startOf(shown), "this file has no contentHash as policyc:release writes"
                    + " it, so it cannot be verified as a released version; restore the file as it was released, or"
                    + " remove it if it was never released"));
            intact = false;
        } else if (text != null && !ContentHash.matches(text)) {
            problems.add(new Problem(Location.startOf(shown), "this version was changed after its release (its"
                    + " content no longer matches its contentHash); restore it, and make changes in a new version"));
            intact = false;
        }
        LoadedPolicy loaded;
        try {
            loaded = loader.read(file);
        } catch (ModelException e) {
            problems.addAll(e.problems());
            return null;
        }
        String version = loaded.model().policy().version();
        Location versionAt = loader.locate(loaded, "policy", "version");
        if (!USABLE_VERSION.matcher(version).matches()) {
            problems.add(new Problem(versionAt, unusableVersion(version)));
            return null;
        }
        if (!intact || text == null) {
            return null;
        }
        boolean misnamed = !file.getFileName().toString().equals(version + EXTENSION);
        return new Released(new PolicyVersion(loaded.model(), text, true), versionAt, misnamed);
    }

    /** The file's text with {@code \n} line ends (a checkout may have turned them into CRLF), or {@code null}. */
    private static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            // The loader reads the file too, and reports why it cannot.
            return null;
        }
    }

    private static String unusableVersion(String version) {
        return "version '" + version + "' cannot name a released file or a page address; use letters, digits, '.',"
                + " '-' and '_', starting with a letter or digit (policy.version)";
    }

    /** What differs between a released version and the model that claims its version, in a line. */
    private static String differences(PolicyVersion released, PolicyModel model, String json, ChangeDetector detector) {
        VersionChanges changes = detector.between(released.model(), model);
        if (!changes.changes().isEmpty()) {
            List<String> listed = changes.changes().stream()
                    .map(change -> change.subject() + ": " + change.summary())
                    .toList();
            return limited(listed);
        }
        if (!changes.text().isEmpty()) {
            return "wording only, in " + limited(changes.text().stream().map(t -> t.where()).toList());
        }
        return "no change in meaning or wording; other details differ in " + String.join(", ",
                differingMembers(released.policyJson(), json));
    }

    /**
     * The top-level members whose JSON differs, such as {@code policy} or {@code dataSubjects}: a pointer
     * for changes the change detector does not describe. Both texts are written by {@link JsonExporter},
     * whose members start on lines indented by two spaces.
     */
    private static List<String> differingMembers(String released, String current) {
        Map<String, String> before = members(released);
        Map<String, String> after = members(current);
        List<String> differing = new ArrayList<>();
        after.forEach((key, value) -> {
            if (!value.equals(before.get(key))) {
                differing.add(key);
            }
        });
        before.keySet().stream().filter(key -> !after.containsKey(key)).forEach(differing::add);
        differing.remove("contentHash");
        return differing;
    }

    private static Map<String, String> members(String json) {
        Map<String, String> members = new LinkedHashMap<>();
        String key = null;
        for (String line : json.split("\n")) {
            if (line.startsWith("  \"") && line.indexOf('"', 3) > 0) {
                key = line.substring(3, line.indexOf('"', 3));
            }
            if (key != null) {
                members.merge(key, line + "\n", String::concat);
            }
        }
        return members;
    }

    private static String limited(List<String> items) {
        if (items.size() <= LISTED_CHANGES) {
            return String.join("; ", items);
        }
        return String.join("; ", items.subList(0, LISTED_CHANGES)) + "; and " + (items.size() - LISTED_CHANGES)
                + " more";
    }

    private static ModelException problem(Location at, String message) {
        return new ModelException(List.of(new Problem(at, message)));
    }
}
