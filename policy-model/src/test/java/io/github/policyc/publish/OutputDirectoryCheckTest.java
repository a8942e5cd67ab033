package io.github.policyc.publish;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputDirectoryCheckTest {

    private static final Path PROJECT = Path.of("/work/project");
    private static final Path MODEL = PROJECT.resolve("src/policy");
    private static final Path HISTORY = PROJECT.resolve("releases");

    private final OutputDirectoryCheck check = new OutputDirectoryCheck(p -> PROJECT.relativize(p).toString());

    @Test
    void acceptsAnOutputDirectoryApartFromTheSources() {
        assertThatCode(() -> check.checkAgainstSources(PROJECT.resolve("target/policy"), MODEL, HISTORY))
                .doesNotThrowAnyException();
        assertThatCode(() -> check.checkAgainstSources(MODEL.resolve("site"), MODEL, HISTORY))
                .as("inside the model's directory, beside the model").doesNotThrowAnyException();
    }

    @Test
    void refusesTheHistoryDirectoryAParentOfItOrADirectoryInsideIt() {
        assertThatThrownBy(() -> check.checkAgainstSources(HISTORY, MODEL, HISTORY))
                .isInstanceOf(PublishException.class).hasMessage("the output directory 'releases' is the history"
                        + " directory; a build replaces its output directory as a whole, so choose another one");
        assertThatThrownBy(() -> check.checkAgainstSources(PROJECT.resolve("releases/site"), MODEL, HISTORY))
                .isInstanceOf(PublishException.class).hasMessageStartingWith("the output directory 'releases/site'"
                        + " lies inside the history directory 'releases'");
        assertThatThrownBy(() -> check.checkAgainstSources(PROJECT, PROJECT.resolve("model"), HISTORY))
                .as("the display root itself is shown as an absolute path")
                .isInstanceOf(PublishException.class).hasMessageStartingWith("the output directory '/work/project'"
                        + " contains the model's directory 'model'");
    }

    @Test
    void refusesAnOutputDirectoryHoldingAnIncludedFile() {
        assertThatThrownBy(() -> check.checkAgainstInputs(MODEL.resolve("sections"),
                List.of(MODEL.resolve("policy.yaml"), MODEL.resolve("sections/../sections/intro.md"))))
                .isInstanceOf(PublishException.class).hasMessageStartingWith("the output directory"
                        + " 'src/policy/sections' holds 'src/policy/sections/intro.md', which the model includes");
    }
}
