package io.github.policyc.diff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PairTest {

    /** Pairs as "a" (stayed), "+a" (added), "-a" (removed). */
    private static String shown(List<Pair<String>> pairs) {
        return String.join(" ", pairs.stream()
                .map(p -> p.added() ? "+" + p.newer() : p.removed() ? "-" + p.older() : p.newer())
                .toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            a b c   | a b c   | a b c
            a b c   | a c     | a -b c
            a c     | a b c   | a +b c
            a b     | c b     | -a +c b
            a b c   | c b a   | c b a
            a b c d | d a     | -b -c d a
            ''      | a b     | +a +b
            a b     | ''      | -a -b
            """)
    void matchesByKeyInTheNewerOrderWithRemovedEntriesWhereTheyStood(String older, String newer, String expected) {
        List<Pair<String>> pairs = Pair.match(words(older), words(newer), Function.identity());

        assertThat(shown(pairs)).isEqualTo(expected);
    }

    private static List<String> words(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split(" "));
    }
}
