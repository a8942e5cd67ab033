package io.github.policyc.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.testing.ExamplePolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import org.junit.jupiter.api.Test;

/** PC401 tries its pattern only where a match can start; it must find what trying every offset finds. */
class PlaceholderTextTest {

    private static List<String> found(List<MatchResult> matches) {
        return matches.stream().map(m -> m.start() + ":" + m.group()).toList();
    }

    private static void assertSameAsEveryOffset(String text) {
        List<String> everyOffset = found(PlaceholderText.placeholdersAtEveryOffset(text));
        assertThat(found(PlaceholderText.placeholders(text, Integer.MAX_VALUE))).as("%s", text).isEqualTo(everyOffset);
        assertThat(found(PlaceholderText.placeholders(text, 1))).as("first in %s", text)
                .isEqualTo(everyOffset.stream().limit(1).toList());
    }

    @Test
    void findsEachKindOfPlaceholder() {
        assertThat(found(PlaceholderText.placeholders("Lorem ipsum. TODO: mail info@mail.example.com or"
                + " [insert company name], <your address>, {company}, %COMPANY%, type your text here,"
                + " click here to edit this text, sample text, www.your-company.co.uk.", Integer.MAX_VALUE)))
                .containsExactly("0:Lorem ipsum", "13:TODO", "24:info@mail.example.com", "49:[insert company name]",
                        "72:<your address>", "88:{company}", "99:%COMPANY%", "110:type your text here",
                        "131:click here to edit this text", "161:sample text", "174:www.your-company.co.uk");
    }

    /** Pieces of placeholders and of what looks like them, to build random text from. */
    private static final String[] PIECES = {"a", "Zoë", "\u212A", "\u017F", "lorem", "Lorem", " ipsum", "dolor",
        " sit amet", "default", " title", "TODO", "tbd", "TBC", "fixme", "XXX", "x", "[", "]", "<", ">", "{", "}",
        "%", "%ABC%", "insert", "Enter", "add", "type", "write", "your", "Your", " your", "-", "company", "domain",
        " text", " here", "click", " to", " edit", " this", "sample", "dummy", "placeholder", "example", ".com",
        ".org", ".", "@", "info", "www.", "_", "+", "0", "1", " ", "  ", "\n", "\t", "\uFFFC", ",", "'", "name"};

    @Test
    void findsWhatThePatternFindsAtEveryOffsetInRandomText() {
        Random random = new Random(401);
        for (int i = 0; i < 30_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(24); n > 0; n--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            assertSameAsEveryOffset(text.toString());
        }
    }

    @Test
    void findsWhatThePatternFindsAtEveryOffsetInTheExamplePolicy() throws IOException {
        List<Path> files = ExamplePolicy.sourceFiles();
        for (Path file : files) {
            String text = Files.readString(file);
            assertSameAsEveryOffset(text);
            // Each line too, so that texts with a placeholder near their start are compared as well.
            text.lines().forEach(PlaceholderTextTest::assertSameAsEveryOffset);
        }
    }
}
