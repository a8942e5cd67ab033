package io.github.policyc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.testing.Models;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's model example must stay a valid, complete model: a user's first build must pass. */
class ReadmeTest {

    private static final Path README = Path.of("../README.md");

    @TempDir
    Path dir;

    @Test
    void theModelExampleBuildsWithoutFindings() throws Exception {
        Matcher yaml = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(README));
        assertThat(yaml.find()).as("a yaml example in the README").isTrue();
        Path model = Models.write(dir, yaml.group(1));

        PolicyCompiler.Build build = PolicyCompiler.create().build(model, dir.resolve("site"));

        assertThat(build.report().active()).as("findings on the README's example").isEmpty();
        assertThat(build.site().text("privacy-policy.html")).contains("Processing orders", "mailto:dpo@acme.example");
    }
}
