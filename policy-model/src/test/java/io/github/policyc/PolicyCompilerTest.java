package io.github.policyc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policyc.check.CheckException;
import io.github.policyc.load.ModelException;
import io.github.policyc.publish.PublishException;
import io.github.policyc.publish.Site;
import io.github.policyc.testing.Models;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyCompilerTest {

    @TempDir
    Path dir;

    @Test
    void buildsTheThreeFilesAndTheStylesheet() throws Exception {
        Path out = dir.resolve("site");

        Site site = PolicyCompiler.create().build(Models.FULL, out).site();

        assertThat(site.files()).containsOnlyKeys("privacy-policy.html", "cookie-policy.html", "policy.json",
                "assets/policyc.css");
        for (String file : site.files().keySet()) {
            assertThat(out.resolve(file)).hasBinaryContent(site.files().get(file));
        }
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

    @Test
    void refusesAnOutputDirectoryThatContainsTheModel() {
        Path model = Models.write(dir.resolve("project/src"), Models.MINIMAL);

        assertThatThrownBy(() -> PolicyCompiler.create().build(model, dir.resolve("project")))
                .isInstanceOf(PublishException.class).hasMessageContaining("contains the model's directory");
        assertThat(model).exists();
    }
}
