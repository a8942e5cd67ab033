package io.github.policyc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policyc.load.ModelException;
import io.github.policyc.publish.SitePublisher;
import io.github.policyc.render.BaseUrl;
import io.github.policyc.testing.Models;
import io.github.policyc.testing.VersionedModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An unchanged second build skips its work; any change to what the site is built from rebuilds it. */
class UpToDateBuildTest {

    private static final FileTime LONG_AGO = FileTime.fromMillis(0);

    @TempDir
    Path dir;

    private Path model;
    private Path history;
    private Path out;
    private final PolicyCompiler compiler = PolicyCompiler.create().withGenerator("policyc test 1");

    @BeforeEach
    void firstBuild() throws Exception {
        model = VersionedModels.write(dir.resolve("src"), "2024.03", "2024-03-01");
        Files.writeString(model, Files.readString(model).replace("""
                    body: |
                      {{rights}}
                """, """
                    body: { file: sections/rights.md }
                """));
        Models.write(dir.resolve("src"), "sections/rights.md", "{{rights}}\n");
        history = dir.resolve("src/history");
        out = dir.resolve("out");
        assertThat(compiler.buildIfChanged(model, history, out)).isPresent();
        Files.setLastModifiedTime(out.resolve(SitePublisher.MARKER), LONG_AGO);
    }

    @Test
    void anUnchangedSecondBuildWritesNothing() throws Exception {
        assertThat(compiler.buildIfChanged(model, history, out)).isEmpty();

        assertThat(Files.getLastModifiedTime(out.resolve(SitePublisher.MARKER))).isEqualTo(LONG_AGO);
    }

    @Test
    void theStampNamesTheInputsRelativeToTheSiteInAFixedOrder() throws Exception {
        assertThat(SitePublisher.stamp(out)).matches("""
                inputs sha256:[0-9a-f]{64}
                file ../src/policy.yaml
                file ../src/sections/rights.md
                file ../src/policyc-sourcemap.json
                dir ../src/history
                """);
    }

    @Test
    void aChangedIncludedFileRebuilds() throws Exception {
        Models.write(dir.resolve("src"), "sections/rights.md", "You have rights.\n\n{{rights}}\n");

        assertThat(compiler.buildIfChanged(model, history, out)).isPresent();
        assertThat(Files.readString(out.resolve("privacy-policy.html"))).contains("You have rights.");
    }

    @Test
    void aChangedUserTemplateRebuilds() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        PolicyCompiler withTemplates = compiler.withTemplates(templates);
        assertThat(withTemplates.buildIfChanged(model, history, out)).isPresent();
        assertThat(withTemplates.buildIfChanged(model, history, out)).isEmpty();

        Files.writeString(templates.resolve("unused.ftlh"), "${view}");

        assertThat(withTemplates.buildIfChanged(model, history, out)).isPresent();
    }

    @Test
    void aBuildWithCookieEvidenceAlwaysRuns() throws Exception {
        PolicyCompiler withEvidence = compiler.withCookieEvidence(
                new io.github.policyc.cookies.CookieEvidence(null, io.github.policyc.cookies.HarCookies.read(
                        Models.write(dir.resolve("har"), "site.har", "{\"log\":{\"pages\":[],\"entries\":[]}}"))));

        assertThat(withEvidence.buildIfChanged(model, history, out)).isPresent();
        assertThat(withEvidence.buildIfChanged(model, history, out)).isPresent();
        assertThat(compiler.withCookieEvidence(io.github.policyc.cookies.CookieEvidence.NONE)
                .buildIfChanged(model, history, out)).isEmpty();
    }

    @Test
    void aChangedModelRebuilds() throws Exception {
        Files.writeString(model, Files.readString(model).replace("Our courier", "Our new courier"));

        assertThat(compiler.buildIfChanged(model, history, out)).isPresent();
    }

    @Test
    void aNewReleaseInTheHistoryRebuilds() throws Exception {
        compiler.release(model, history);

        assertThat(compiler.buildIfChanged(model, history, out)).isPresent();
        assertThat(out.resolve("versions/2024.03/policy.json")).exists();
    }

    @Test
    void aSourceMapAppearingBesideTheModelRebuilds() throws Exception {
        Models.write(dir.resolve("src"), "policyc-sourcemap.json", "{}");

        // Not up to date, so the build reads the source map, and this one is not a valid map.
        assertThatThrownBy(() -> compiler.buildIfChanged(model, history, out)).isInstanceOf(ModelException.class);
    }

    @Test
    void anotherGeneratorOrBaseUrlRebuilds() throws Exception {
        assertThat(compiler.withGenerator("policyc test 2").buildIfChanged(model, history, out)).isPresent();
        assertThat(compiler.withGenerator("policyc test 2").buildIfChanged(model, history, out)).isEmpty();

        PolicyCompiler published = compiler.withGenerator("policyc test 2")
                .withBaseUrl(BaseUrl.parse("https://example.com/privacy/"));
        assertThat(published.buildIfChanged(model, history, out)).isPresent();
        assertThat(published.buildIfChanged(model, history, out)).isEmpty();
    }

    @Test
    void aSiteWithoutAStampIsBuiltAgain() throws Exception {
        // As policyc wrote its marker before it kept the inputs there.
        Files.writeString(out.resolve(SitePublisher.MARKER),
                "Written by policyc. This directory is replaced on every build.\n");

        assertThat(compiler.buildIfChanged(model, history, out)).isPresent();
    }

    @Test
    void aPlainBuildAlwaysBuildsAndStampsTheSameInputs() throws Exception {
        String stamp = SitePublisher.stamp(out);

        compiler.build(model, history, out);

        assertThat(Files.getLastModifiedTime(out.resolve(SitePublisher.MARKER))).isNotEqualTo(LONG_AGO);
        assertThat(SitePublisher.stamp(out)).isEqualTo(stamp);
    }
}
