package io.github.policyc.load;

import io.github.policyc.load.internal.Includes;
import io.github.policyc.load.internal.MappingNode;
import io.github.policyc.load.internal.Node;
import io.github.policyc.load.internal.Problems;
import io.github.policyc.load.internal.RecordBinder;
import io.github.policyc.load.internal.ReferenceChecker;
import io.github.policyc.load.internal.ScalarNode;
import io.github.policyc.load.internal.SourceFiles;
import io.github.policyc.load.internal.YamlReader;
import io.github.policyc.model.Location;
import io.github.policyc.model.PolicyModel;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

/**
 * Loads a policy model from {@code policy.yaml} and the Markdown files it includes.
 *
 * <p>Loading either returns a complete model whose references all resolve, or throws a
 * {@link ModelException} listing every problem found, each with its file, line and column. The
 * loader is stateless and may be shared between threads.
 *
 * <pre>{@code
 * PolicyModel model = PolicyLoader.create().load(Path.of("src/policy/policy.yaml"));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PolicyLoader {

    /** The version of the model format this loader reads; {@code policy.json} declares the same. */
    public static final String FORMAT_VERSION = "1.0";

    /** Root keys that tools add and the model ignores. */
    private static final Set<String> ROOT_EXTRAS = Set.of("$schema", "formatVersion", "contentHash");

    private final LoadLimits limits;
    private final Path displayRoot;

    private PolicyLoader(LoadLimits limits, Path displayRoot) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.displayRoot = displayRoot.toAbsolutePath().normalize();
    }

    /** A loader with the default limits that shows paths relative to the working directory. */
    public static PolicyLoader create() {
        return new PolicyLoader(LoadLimits.DEFAULT, Path.of(""));
    }

    /** This loader with other input limits. */
    public PolicyLoader withLimits(LoadLimits limits) {
        return new PolicyLoader(limits, displayRoot);
    }

    /** This loader, showing paths in messages relative to {@code directory} where they lie inside it. */
    public PolicyLoader withDisplayRoot(Path directory) {
        return new PolicyLoader(limits, directory);
    }

    /**
     * Loads the model in {@code file}.
     *
     * @throws ModelException when the input has problems; nothing about the model is returned then
     */
    public PolicyModel load(Path file) throws ModelException {
        return read(file).model();
    }

    /**
     * Loads the model in {@code file} and keeps the text of every file it read.
     *
     * @throws ModelException when the input has problems
     */
    public LoadedPolicy read(Path file) throws ModelException {
        Path absolute = file.toAbsolutePath().normalize();
        String shown = display(absolute);
        Problems problems = new Problems();
        SourceFiles files = new SourceFiles(limits, problems);
        String text = files.read(absolute, shown, Location.startOf(shown));
        Node root = text == null ? null : new YamlReader(limits, problems).read(shown, text);
        if (root == null) {
            throw new ModelException(problems.sorted());
        }
        checkFormatVersion(root, problems);
        Includes includes = new Includes(absolute.getParent(), this::display, files, limits, problems);
        PolicyModel model = new RecordBinder(problems, includes).bindRoot(PolicyModel.class, root, ROOT_EXTRAS);
        if (model != null) {
            new ReferenceChecker(problems).check(model);
        }
        if (!problems.isEmpty() || model == null) {
            throw new ModelException(problems.sorted());
        }
        return new LoadedPolicy(model, files.texts());
    }

    private static void checkFormatVersion(Node root, Problems problems) {
        if (root instanceof MappingNode mapping && mapping.get("formatVersion") != null) {
            Node value = mapping.get("formatVersion").value();
            if (!(value instanceof ScalarNode scalar) || !scalar.text().equals(FORMAT_VERSION)) {
                problems.add(value == null ? mapping.at() : value.at(), "formatVersion must be '" + FORMAT_VERSION
                        + "', the version this policyc reads");
            }
        }
    }

    /**
     * Where the value at a path of keys is written in a loaded model's main file, such as
     * {@code locate(policy, "policy", "version")}: problems about a single value point at it, although
     * the model's records only locate whole mappings. Where the path leads nowhere, the location of the
     * deepest mapping on the way.
     */
    public Location locate(LoadedPolicy policy, String... keys) {
        String file = policy.model().policy().at().file();
        String text = policy.sources().get(file);
        Node node = text == null ? null : new YamlReader(limits, new Problems()).read(file, text);
        Location at = node == null ? Location.startOf(file) : node.at();
        for (String key : keys) {
            MappingNode.Entry entry = node instanceof MappingNode mapping ? mapping.get(key) : null;
            if (entry == null) {
                return at;
            }
            node = entry.value();
            at = node == null ? entry.keyAt() : node.at();
        }
        return at;
    }

    /** The file a location names, the inverse of {@link #display(Path)}: absolute, normalised. */
    public Path file(String shown) {
        return displayRoot.resolve(shown).normalize();
    }

    /**
     * How locations name a file: relative to the display root where it lies inside it, else absolute,
     * with {@code /} as separator.
     */
    public String display(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(displayRoot) ? displayRoot.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
