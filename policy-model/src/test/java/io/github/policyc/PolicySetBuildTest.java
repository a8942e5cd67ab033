package io.github.policyc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policyc.load.ModelException;
import io.github.policyc.load.PolicyLoader;
import io.github.policyc.load.Problem;
import io.github.policyc.publish.SitePublisher;
import io.github.policyc.testing.Models;
import io.github.policyc.testing.VersionedModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A set of policies, one directory each, builds into one site with one command. */
class PolicySetBuildTest {

    @TempDir
    Path dir;

    private Path models;
    private final PolicyCompiler compiler = PolicyCompiler.create()
            .withLoader(PolicyLoader.create().withDisplayRoot(Path.of("")));

    @BeforeEach
    void twoBrands() {
        models = dir.resolve("models");
        VersionedModels.write(models.resolve("alpha"), "1", "2024-03-01");
        Path beta = VersionedModels.write(models.resolve("beta"), "2", "2024-04-01");
        rewrite(beta, "Acme Widgets Limited", "Beta Brands Limited");
    }

    @Test
    void buildsEveryPolicyIntoADirectoryOfItsName() throws Exception {
        Path out = dir.resolve("out");

        PolicyCompiler.SetBuild build = compiler.buildAll(models, out);

        assertThat(build.policies()).containsExactly("alpha", "beta");
        assertThat(out.resolve("alpha/versions/1/privacy-policy.html")).exists();
        assertThat(Files.readString(out.resolve("beta/privacy-policy.html"))).contains("Beta Brands Limited");
        assertThat(Files.readString(out.resolve("alpha/privacy-policy.html"))).doesNotContain("Beta Brands Limited");
        assertThat(out.resolve(SitePublisher.MARKER)).exists();
        assertThat(out.resolve("alpha/" + SitePublisher.MARKER)).doesNotExist();
        assertThat(build.files()).isEqualTo(contents(out).size() - 1);
    }

    @Test
    void eachPolicyIsTheSiteItsOwnBuildWouldPublish() throws Exception {
        Path set = dir.resolve("set");
        Path single = dir.resolve("single");
        compiler.buildAll(models, set);

        compiler.build(models.resolve("beta/policy.yaml"), single);

        Map<String, String> alone = contents(single);
        alone.remove(SitePublisher.MARKER);
        Map<String, String> inSet = new TreeMap<>();
        contents(set).forEach((path, text) -> {
            if (path.startsWith("beta/")) {
                inSet.put(path.substring("beta/".length()), text);
            }
        });
        assertThat(inSet).isEqualTo(alone);
    }

    @Test
    void oneThreadOrManyWriteTheSameFiles() throws Exception {
        VersionedModels.write(models.resolve("gamma"), "3", "2024-05-01");

        compiler.withThreads(1).buildAll(models, dir.resolve("one"));
        compiler.withThreads(3).buildAll(models, dir.resolve("three"));

        assertThat(contents(dir.resolve("three"))).isEqualTo(contents(dir.resolve("one")));
    }

    @Test
    void problemsInAnyModelAreReportedTogetherAndNothingIsWritten() throws Exception {
        rewrite(models.resolve("alpha/policy.yaml"), "lawfulBasis: contract", "lawfulBasis: contrac");
        rewrite(models.resolve("beta/policy.yaml"), "role: processor", "role: procesor");
        Path out = dir.resolve("out");

        assertThatThrownBy(() -> compiler.buildAll(models, out)).isInstanceOfSatisfying(ModelException.class,
                e -> assertThat(e.problems()).extracting(Problem::toString).satisfiesExactly(
                        alpha -> assertThat(alpha).contains("alpha/policy.yaml:").contains("'contrac'"),
                        beta -> assertThat(beta).contains("beta/policy.yaml:").contains("'procesor'")));
        assertThat(out).doesNotExist();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("models");
        }
    }

    @Test
    void aDirectoryWithoutPoliciesIsAProblem() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty/stray"));

        assertThatThrownBy(() -> compiler.buildAll(empty.getParent(), dir.resolve("out")))
                .isInstanceOfSatisfying(ModelException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.message()).startsWith("no policy found")));
    }

    @Test
    void anUnchangedSetIsUpToDateAndANewPolicyRebuildsIt() throws Exception {
        Path out = dir.resolve("out");
        assertThat(compiler.buildAllIfChanged(models, out)).isPresent();
        assertThat(compiler.buildAllIfChanged(models, out)).isEmpty();

        Files.createDirectories(models.resolve("gamma"));
        assertThat(compiler.buildAllIfChanged(models, out)).isPresent();
        assertThat(compiler.buildAllIfChanged(models, out)).isEmpty();

        VersionedModels.write(models.resolve("gamma"), "3", "2024-05-01");
        assertThat(compiler.buildAllIfChanged(models, out)).hasValueSatisfying(
                build -> assertThat(build.policies()).containsExactly("alpha", "beta", "gamma"));

        Models.write(models, "beta/history/2.json", "{}");
        assertThatThrownBy(() -> compiler.buildAllIfChanged(models, out)).isInstanceOf(ModelException.class);
    }

    private static void rewrite(Path file, String from, String to) {
        try {
            String text = Files.readString(file);
            assertThat(text).contains(from);
            Files.writeString(file, text.replace(from, to));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return files;
    }
}
