package io.github.policyc.diff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.diff.TextChange;
import io.github.policyc.diff.TextChange.Line;
import io.github.policyc.diff.TextChange.Line.Type;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LineDiffTest {

    /** Lines as a unified diff shows them: ' ' context, '-' removed, '+' added. */
    private static String shown(List<Line> lines) {
        return lines.stream().map(line -> switch (line.type()) {
            case CONTEXT -> " " + line.text();
            case REMOVED -> "-" + line.text();
            case ADDED -> "+" + line.text();
        }).collect(Collectors.joining("\n"));
    }

    private static String numbered(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "line " + i).collect(Collectors.joining("\n")) + "\n";
    }

    @Test
    void showsAChangedLineWithTwoLinesOfContextEachSide() {
        String older = numbered(1, 10);
        String newer = older.replace("line 5\n", "line five\n");

        assertThat(shown(LineDiff.between(older, newer))).isEqualTo("""
                 line 3
                 line 4
                -line 5
                +line five
                 line 6
                 line 7""");
    }

    @Test
    void marksTheUnchangedLinesLeftOutBetweenTwoChanges() {
        String older = numbered(1, 20);
        String newer = older.replace("line 3\n", "line three\n").replace("line 17\n", "");

        assertThat(shown(LineDiff.between(older, newer))).isEqualTo("""
                 line 1
                 line 2
                -line 3
                +line three
                 line 4
                 line 5
                 %s
                 line 15
                 line 16
                -line 17
                 line 18
                 line 19""".formatted(TextChange.OMITTED));
    }

    @Test
    void showsASingleUnchangedLineBetweenChangesRatherThanMarkingIt() {
        String older = numbered(1, 9);
        String newer = older.replace("line 2\n", "line two\n").replace("line 8\n", "line eight\n");

        assertThat(LineDiff.between(older, newer)).extracting(Line::text)
                .containsSequence("line 4", "line 5", "line 6")
                .doesNotContain(TextChange.OMITTED);
    }

    @Test
    void showsAddedLinesAtTheEnd() {
        assertThat(shown(LineDiff.between("a\nb\nc\nd\n", "a\nb\nc\nd\ne\n"))).isEqualTo("""
                 c
                 d
                +e""");
    }

    @Test
    void readsLineEndsOfEveryKindAndIgnoresTrailingWhiteSpace() {
        String older = "first\r\nsecond  \r\nthird\r\n";
        String newer = "first\nsecond\nTHIRD\n";

        assertThat(shown(LineDiff.between(older, newer))).isEqualTo("""
                 first
                 second
                -third
                +THIRD""");
    }

    @Test
    void showsTrailingSpacesWhenTheyAreAllThatChanged() {
        // Two trailing spaces make a hard line break in Markdown: readers see that change.
        assertThat(shown(LineDiff.between("One.  \nTwo.\n", "One.\nTwo.\n"))).isEqualTo("""
                -One. \s
                +One.
                 Two.""");
    }

    @Test
    void listsEveryLineOfAWholeText() {
        assertThat(LineDiff.whole("# Title\n\nBody.\n", Type.ADDED)).containsExactly(
                new Line(Type.ADDED, "# Title"), new Line(Type.ADDED, ""), new Line(Type.ADDED, "Body."));
    }
}
