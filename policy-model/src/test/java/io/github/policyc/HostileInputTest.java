package io.github.policyc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.policyc.check.CheckException;
import io.github.policyc.check.report.ConsoleReport;
import io.github.policyc.load.LoadLimits;
import io.github.policyc.load.ModelException;
import io.github.policyc.load.PolicyLoader;
import io.github.policyc.load.Problem;
import io.github.policyc.publish.PublishException;
import io.github.policyc.publish.Site;
import io.github.policyc.publish.SitePublisher;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile and broken inputs in {@code src/test/resources/hostile/}: each case is a directory holding a
 * model ({@code policy.yaml} and whatever it includes or releases) and {@code expected.txt}, the exact
 * messages the build must fail with. Each runs through {@link PolicyCompiler#build}, the path the Maven
 * plugin takes, into an output directory that holds a previous site, and must leave every file of the
 * project, that site included, byte for byte as it was.
 *
 * <p>The model is copied to {@code src/policy/} of a fresh project directory, and messages name files
 * relative to the project, as the plugin shows them. An optional {@code case.properties} sets
 * {@code output} (the output directory, relative to the project; {@code target/policy} by default) and
 * {@code generate}: inputs too big to commit, or that git cannot hold, made by {@link #generate}.
 *
 * <p>To write the messages a new case fails with into its {@code expected.txt}, run with
 * {@code -Dpolicyc.updateExpected=true}, and read them before committing.
 */
class HostileInputTest {

    static final Path CASES = Path.of("src/test/resources/hostile");
    private static final String DEFAULT_OUTPUT = "target/policy";
    private static final Site PREVIOUS_SITE = Site.builder()
            .add("privacy-policy.html", "<!doctype html><title>The previous, published policy</title>\n")
            .add("assets/policyc.css", "body { margin: 0 }\n")
            .build();

    @TempDir
    Path dir;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> list = Files.list(CASES)) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @Test
    void theCorpusHasAtLeastThirtyCasesEachWithItsExpectedMessages() throws IOException {
        List<String> cases = cases().toList();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
        for (String name : cases) {
            assertThat(CASES.resolve(name).resolve("expected.txt")).as(name).isRegularFile();
            assertThat(expected(name)).as(name).isNotEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failsWithTheExpectedMessagesAndChangesNothing(String name) throws Exception {
        Path project = dir.resolve("project");
        Path modelDirectory = project.resolve("src/policy");
        copyTree(CASES.resolve(name), modelDirectory);
        Properties properties = properties(modelDirectory);
        generate(properties.getProperty("generate", ""), project, modelDirectory);
        new SitePublisher().publish(PREVIOUS_SITE, project.resolve(DEFAULT_OUTPUT));
        Path output = project.resolve(properties.getProperty("output", DEFAULT_OUTPUT));
        Map<String, String> before = tree(dir);

        List<String> messages = buildFailure(project, modelDirectory.resolve("policy.yaml"), output);

        if (Boolean.getBoolean("policyc.updateExpected")) {
            Files.write(CASES.resolve(name).resolve("expected.txt"), messages, StandardCharsets.UTF_8);
        }
        assertThat(messages).as(name).containsExactlyElementsOf(expected(name));
        assertThat(messages).as(name + ": one line each, no stack trace")
                .allSatisfy(m -> assertThat(m).doesNotContain("\n", "Exception", "\tat "));
        assertThat(tree(dir)).as(name + ": every file as it was").isEqualTo(before);
    }

    /** The build's messages; it must fail with one of the project's own exceptions, never another. */
    private static List<String> buildFailure(Path project, Path model, Path output) throws IOException {
        PolicyCompiler compiler = PolicyCompiler.create().withLoader(PolicyLoader.create().withDisplayRoot(project));
        try {
            compiler.build(model, output);
        } catch (ModelException e) {
            return e.problems().stream().map(Problem::toString).toList();
        } catch (PublishException e) {
            return List.of(e.getMessage());
        } catch (CheckException e) {
            return e.report().findings().stream().flatMap(f -> ConsoleReport.lines(f).stream()).toList();
        }
        return fail("the build succeeded");
    }

    /** Inputs that are made rather than committed: too big for the repository, or links git would not keep. */
    private static void generate(String kind, Path project, Path modelDirectory) throws IOException {
        Path model = modelDirectory.resolve("policy.yaml");
        switch (kind) {
            case "" -> {
            }
            case "huge-scalar" -> Files.writeString(model, "x".repeat(LoadLimits.DEFAULT.maxScalarChars() + 1) + "\n",
                    java.nio.file.StandardOpenOption.APPEND);
            case "huge-file" -> {
                long size = Files.size(model);
                int padding = (int) (LoadLimits.DEFAULT.maxFileBytes() + 1 - size);
                Files.writeString(model, "#" + "x".repeat(padding - 2) + "\n", java.nio.file.StandardOpenOption.APPEND);
            }
            case "symlink-outside" -> {
                Path secret = Files.createDirectories(project.resolve("outside")).resolve("secret.md");
                Files.writeString(secret, "not for publishing\n");
                Path link = Files.createDirectories(modelDirectory.resolve("sections")).resolve("intro.md");
                Files.createSymbolicLink(link, link.getParent().relativize(secret));
            }
            default -> throw new IllegalArgumentException("unknown generator " + kind);
        }
    }

    private static List<String> expected(String name) throws IOException {
        return Files.readAllLines(CASES.resolve(name).resolve("expected.txt"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).toList();
    }

    /** The case's settings; the files that are about the test, not the model, are removed from the copy. */
    private static Properties properties(Path modelDirectory) throws IOException {
        Properties properties = new Properties();
        Path file = modelDirectory.resolve("case.properties");
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            }
            Files.delete(file);
        }
        Files.delete(modelDirectory.resolve("expected.txt"));
        return properties;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    /** Every file and link under {@code root} with a hash of its content (or where the link points). */
    static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.toList()) {
                String name = root.relativize(path).toString().replace('\\', '/');
                if (Files.isSymbolicLink(path)) {
                    files.put(name, "link to " + Files.readSymbolicLink(path));
                } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    files.put(name, sha256(Files.readAllBytes(path)));
                } else {
                    files.put(name + "/", "directory");
                }
            }
        }
        return files;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
