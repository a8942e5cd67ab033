package io.github.policyc.diff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a paragraph wrapped differently  | We keep your data\\nsafe and private. | We keep your\\ndata safe and private.
            a trailing space                 | Hello. \\nWorld.                    | Hello.\\nWorld.
            Windows line ends                | One.\\r\\n\\r\\nTwo.\\r\\n            | One.\\n\\nTwo.\\n
            another emphasis marker          | It is *safe*.                       | It is _safe_.
            trailing blank lines             | Text.\\n\\n\\n                      | Text.
            """)
    void sourceChangesReadersCannotSeeAreNoChange(String what, String older, String newer) {
        assertThat(Reading.same(unescape(older), unescape(newer))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a word                  | We keep your data safe.   | We keep your data secure.
            a paragraph break       | One.\\nTwo.               | One.\\n\\nTwo.
            list nesting            | - a\\n  - b               | - a\\n- b
            a hard line break       | One.  \\nTwo.             | One.\\nTwo.
            a directive             | Ask {{contact dpo}}.      | Ask {{contact privacy}}.
            """)
    void changesReadersSeeAreChanges(String what, String older, String newer) {
        assertThat(Reading.same(unescape(older), unescape(newer))).isFalse();
    }

    private static String unescape(String text) {
        return text.replace("\\r", "\r").replace("\\n", "\n");
    }
}
