package io.github.policyc.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policyc.testing.ExamplePolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DirectiveTest {

    @Test
    void findsEveryOccurrenceWithItsPosition() {
        String text = "Write to {{contact dpo}}.\n\n{{ table  purposes }}\n{{}} {{purposes}}";

        List<Directive.Occurrence> found = Directive.scan(text);

        assertThat(found).extracting(Directive.Occurrence::name).containsExactly("contact", "table", "", "purposes");
        assertThat(found.get(0).written(text)).isEqualTo("{{contact dpo}}");
        assertThat(found.get(1).argument()).isEqualTo("purposes");
        assertThat(found.get(0).start()).isEqualTo(9);
    }

    @Test
    void checksNamesAndArguments() {
        assertThat(Directive.of(new Directive.Occurrence("table", "cookies", 0, 0)).table())
                .isEqualTo(Directive.TableKind.COOKIES);
        assertThat(Directive.of(new Directive.Occurrence("page", "privacy", 0, 0)).kind().isBlock()).isFalse();
        assertThatThrownBy(() -> Directive.of(new Directive.Occurrence("purposes", "all", 0, 0)))
                .hasMessage("'{{purposes}}' takes no argument");
        assertThatThrownBy(() -> Directive.of(new Directive.Occurrence("contact", null, 0, 0)))
                .hasMessage("'{{contact …}}' needs a contact id");
        assertThatThrownBy(() -> Directive.of(new Directive.Occurrence("page", "terms", 0, 0)))
                .hasMessage("'{{page terms}}' names no page; expected a page: privacy, cookies");
    }

    /** Pieces of directives and of what looks like them, to build random text from. */
    private static final String[] PIECES = {"{", "{{", "}", "}}", "{{{", "}}}", " ", "  ", "\n", "\t", "table",
        "contact dpo", "x", "page", "\u000B", "\f", "\r", "é", "\uFFFC"};

    @Test
    void scanFindsWhatThePatternFindsInRandomText() {
        Random random = new Random(8);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(16); n > 0; n--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            assertThat(Directive.scan(text.toString())).as("%s", text)
                    .isEqualTo(Directive.scanWithPattern(text.toString()));
        }
    }

    @Test
    void scanFindsWhatThePatternFindsInTheExamplePolicy() throws IOException {
        List<Path> files = ExamplePolicy.sourceFiles();
        int directives = 0;
        for (Path file : files) {
            String text = Files.readString(file);
            List<Directive.Occurrence> found = Directive.scan(text);
            assertThat(found).as("%s", file).isEqualTo(Directive.scanWithPattern(text));
            directives += found.size();
        }
        assertThat(directives).as("directives in the example policy").isGreaterThan(10);
    }
}
