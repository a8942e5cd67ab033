package io.github.policyc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policyc.check.CheckException;
import io.github.policyc.load.ModelException;
import io.github.policyc.load.PolicyLoader;
import io.github.policyc.load.Problem;
import io.github.policyc.publish.PublishException;
import io.github.policyc.publish.Site;
import io.github.policyc.testing.Models;
import io.github.policyc.testing.VersionedModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PolicyCompilerTest {

    @TempDir
    Path dir;

    @Test
    void buildsTheSiteOfAModelWithoutHistoryAsItsOnlyVersion() throws Exception {
        Path out = dir.resolve("site");

        PolicyCompiler.Build build = PolicyCompiler.create().build(Models.FULL, out);

        Site site = build.site();
        assertThat(site.files()).containsOnlyKeys("privacy-policy.html", "cookie-policy.html", "policy.json",
                "assets/policyc.css", "versions/index.html", "versions/2.1/privacy-policy.html",
                "versions/2.1/cookie-policy.html", "versions/2.1/policy.json", "changes.html", "changes.json",
                "feed.json", "tilt.json", "schema/policy-model.schema.json", "schema/policy.schema.json",
                "assets/cookieconsent-config.js", "assets/cookieconsent.umd.js", "assets/cookieconsent.css",
                "assets/cookieconsent-LICENSE.txt");
        for (String file : site.files().keySet()) {
            assertThat(out.resolve(file)).hasBinaryContent(site.files().get(file));
        }
        assertThat(build.timeline().versions()).singleElement().satisfies(v -> assertThat(v.released()).isFalse());
    }

    @Test
    void releaseFreezesTheVersionAsThePolicyJsonItPublishes() throws Exception {
        Path model = VersionedModels.write(dir, "2024.03", "2024-03-01");

        PolicyCompiler.Release release = PolicyCompiler.create().release(model);

        assertThat(release.written()).isTrue();
        assertThat(release.file()).isEqualTo(dir.resolve("history/2024.03.json").toAbsolutePath());
        assertThat(release.file()).hasContent(PolicyCompiler.create().compile(model).text("policy.json"));
        assertThat(release.version().version()).isEqualTo("2024.03");
    }

    @Test
    void releasingAVersionAgainWithTheSameContentWritesNothing() throws Exception {
        Path model = VersionedModels.write(dir, "2024.03", "2024-03-01");
        Path file = PolicyCompiler.create().release(model).file();
        Files.setLastModifiedTime(file, FileTime.fromMillis(0));

        PolicyCompiler.Release again = PolicyCompiler.create().release(model);

        assertThat(again.written()).isFalse();
        assertThat(again.version().released()).isTrue();
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(FileTime.fromMillis(0));
    }

    @Test
    void releasingOtherContentUnderAReleasedVersionAsksForANewVersion() throws Exception {
        Path model = VersionedModels.write(dir, "2024.03", "2024-03-01");
        byte[] released = Files.readAllBytes(PolicyCompiler.create().release(model).file());
        Files.writeString(model, Files.readString(model).replace("Our courier", "Our new courier"));

        assertThatThrownBy(() -> PolicyCompiler.create().release(model))
                .isInstanceOfSatisfying(ModelException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.message()).startsWith("version 2024.03 is already released with"
                                + " different content; bump the version (policy.version) to publish these changes.")));
        assertThat(dir.resolve("history/2024.03.json")).hasBinaryContent(released);
        try (var files = Files.list(dir.resolve("history"))) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void releaseRefusesAModelWhoseChecksFindErrors() {
        Path model = Models.write(dir, Models.MINIMAL + """
                purposes:
                  events: { title: Events }
                """);

        assertThatThrownBy(() -> PolicyCompiler.create().release(model)).isInstanceOf(CheckException.class);

        assertThat(dir.resolve("history")).doesNotExist();
    }

    @Test
    void buildPublishesEveryReleasedVersionAndTheCurrentOne() throws Exception {
        Path model = VersionedModels.history(dir);

        PolicyCompiler.Build build = PolicyCompiler.create().build(model, dir.resolve("site"));

        assertThat(build.timeline().versions()).extracting(v -> v.version() + (v.released() ? " released" : ""))
                .containsExactly("2024.03 released", "2024.06 released", "2024.09");
        assertThat(dir.resolve("site/versions/2024.03/policy.json")).hasSameBinaryContentAs(dir.resolve("history/2024.03.json"));
        assertThat(dir.resolve("site/policy.json")).content().contains("\"version\": \"2024.09\"");
    }

    @Test
    void aReleasedVersionEditedByHandFailsTheBuildAndWritesNothing() throws Exception {
        Path model = VersionedModels.history(dir);
        Path out = dir.resolve("site");
        PolicyCompiler.create().build(model, out);
        Map<String, byte[]> before = tree(out);
        Path released = dir.resolve("history/2024.06.json");
        Files.writeString(released, Files.readString(released).replace("P6Y", "P1Y"));

        assertThatThrownBy(() -> PolicyCompiler.create().withLoader(PolicyLoader.create().withDisplayRoot(dir))
                .build(model, out)).isInstanceOfSatisfying(ModelException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString).containsExactly("history/2024.06.json:1:1: this version was"
                                + " changed after its release (its content no longer matches its contentHash);"
                                + " restore it, and make changes in a new version"));

        assertThat(tree(out)).containsOnlyKeys(before.keySet());
        before.forEach((file, bytes) -> assertThat(out.resolve(file)).hasBinaryContent(bytes));
    }

    @Test
    void anUnchangedRebuildWritesByteIdenticalFiles() throws Exception {
        Path model = VersionedModels.history(dir);
        Path out = dir.resolve("site");
        PolicyCompiler.create().build(model, out);
        Map<String, byte[]> first = tree(out);

        PolicyCompiler.create().build(model, out);

        Map<String, byte[]> second = tree(out);
        assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
        first.forEach((file, bytes) -> assertThat(second.get(file)).as(file).isEqualTo(bytes));
        assertThat(first).hasSize(21);
    }

    /** Every file under {@code root} by its relative path, in path order. */
    private static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }

    @Test
    void sameInputGivesByteIdenticalOutput() throws Exception {
        Site first = PolicyCompiler.create().compile(Models.FULL);
        Site second = PolicyCompiler.create().compile(Models.FULL);

        assertThat(second.files().keySet()).isEqualTo(first.files().keySet());
        first.files().forEach((path, bytes) -> assertThat(second.files().get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void writesNothingWhenTheModelIsInvalid() throws Exception {
        Path out = dir.resolve("site");
        PolicyCompiler.create().build(Models.FULL, out);
        byte[] before = Files.readAllBytes(out.resolve("privacy-policy.html"));
        Path broken = Models.write(dir.resolve("model"), Models.MINIMAL + "  contact: nobody\n");

        assertThatThrownBy(() -> PolicyCompiler.create().build(broken, out)).isInstanceOf(ModelException.class);

        assertThat(out.resolve("privacy-policy.html")).hasBinaryContent(before);
    }

    @Test
    void publishesNothingWhenTheChecksFindErrors() throws Exception {
        Path out = dir.resolve("site");
        Path unlawful = Models.write(dir.resolve("model"), Models.MINIMAL + """
                purposes:
                  events: { title: Events }
                """);

        assertThatThrownBy(() -> PolicyCompiler.create().build(unlawful, out))
                .isInstanceOfSatisfying(CheckException.class, e -> assertThat(e.report().active())
                        .extracting(f -> f.rule().id()).contains("PC501"));

        assertThat(out).doesNotExist();
    }

    @ParameterizedTest(name = "{0} thread(s)")
    @ValueSource(ints = {1, 2})
    void aCheckErrorComesBeforeATemplateMistakeWhateverRanFirst(int threads) throws Exception {
        Path out = dir.resolve("site");
        Path unlawful = Models.write(dir.resolve("model"), Models.MINIMAL + """
                purposes:
                  events: { title: Events }
                """);
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("layout.ftlh"), "<#if true>never closed\n");
        PolicyCompiler compiler = PolicyCompiler.create().withTemplates(templates).withThreads(threads);

        assertThatThrownBy(() -> compiler.build(unlawful, out)).isInstanceOf(CheckException.class);
        assertThatThrownBy(() -> compiler.build(Models.FULL, out)).isInstanceOfSatisfying(ModelException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(
                        p -> assertThat(p.at().toString()).contains("layout.ftlh")));
        assertThat(out).doesNotExist();
    }

    @Test
    void refusesAnOutputDirectoryThatContainsTheModel() {
        Path model = Models.write(dir.resolve("project/src"), Models.MINIMAL);

        assertThatThrownBy(() -> PolicyCompiler.create().build(model, dir.resolve("project")))
                .isInstanceOf(PublishException.class).hasMessageContaining("contains the model's directory");
        assertThat(model).exists();
    }
}
