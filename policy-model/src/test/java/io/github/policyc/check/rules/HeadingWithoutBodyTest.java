package io.github.policyc.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.testing.ExamplePolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/** PC404 parses only prose that may hold a heading: every text the parser finds a heading in must be one. */
class HeadingWithoutBodyTest {

    private static final Parser PARSER = Parser.builder().build();

    private static boolean parsesToAHeading(String markdown) {
        boolean[] found = {false};
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                found[0] = true;
            }
        });
        return found[0];
    }

    /** Returns whether the text holds a heading, so that tests can count them. */
    private static boolean assertMayHoldHeadingWhenItDoes(String markdown) {
        boolean heading = parsesToAHeading(markdown);
        if (heading) {
            assertThat(HeadingWithoutBody.mayHoldHeading(markdown)).as("%s", markdown).isTrue();
        }
        return heading;
    }

    /** Pieces of Markdown that make headings, and of what looks like them, to build random text from. */
    private static final String[] PIECES = {"a", "Title", "#", "##", "# ", "\\#", "&#35;", "=", "==", "-", "--", "---",
        "* ", "+ ", "1. ", "> ", "    ", "   ", " ", "\t", "\n", "\r", "\r\n", "\n\n", "`", "```", "~~~", "<div>",
        "<!-- x -->", "[a]: /b", "|", "_", "\u00A0", "\u000B", "\f", "\uFFFC"};

    @Test
    void mayHoldAHeadingWheneverTheParserFindsOneInRandomText() {
        Random random = new Random(404);
        int headings = 0;
        int rejected = 0;
        for (int i = 0; i < 30_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(16); n > 0; n--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            headings += assertMayHoldHeadingWhenItDoes(text.toString()) ? 1 : 0;
            rejected += HeadingWithoutBody.mayHoldHeading(text.toString()) ? 0 : 1;
        }
        assertThat(headings).as("random texts with a heading").isGreaterThan(1000);
        assertThat(rejected).as("random texts rejected").isGreaterThan(1000);
    }

    @Test
    void mayHoldAHeadingWheneverTheParserFindsOneInTheExamplePolicy() throws IOException {
        List<Path> files = ExamplePolicy.sourceFiles();
        for (Path file : files) {
            assertMayHoldHeadingWhenItDoes(Files.readString(file));
        }
    }

    @Test
    void rejectsProseWithoutHeadingMarks() {
        assertThat(HeadingWithoutBody.mayHoldHeading("We keep data.\n\n- a list\n- of items\n")).isFalse();
        assertThat(HeadingWithoutBody.mayHoldHeading("Title\n---\n")).isTrue();
        assertThat(HeadingWithoutBody.mayHoldHeading("Title\r  ===  \r")).isTrue();
        assertThat(HeadingWithoutBody.mayHoldHeading("## Title")).isTrue();
    }
}
