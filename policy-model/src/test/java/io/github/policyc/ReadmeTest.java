package io.github.policyc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.publish.Site;
import io.github.policyc.testing.Models;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's model example must stay a valid model. */
class ReadmeTest {

    private static final Path README = Path.of("../README.md");

    @TempDir
    Path dir;

    @Test
    void theModelExampleCompiles() throws Exception {
        Matcher yaml = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(README));
        assertThat(yaml.find()).as("a yaml example in the README").isTrue();

        Site site = PolicyCompiler.create().compile(Models.write(dir, yaml.group(1)));

        assertThat(site.text("privacy-policy.html")).contains("Processing orders", "mailto:dpo@acme.example");
    }
}
