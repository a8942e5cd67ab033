package io.github.policyc.importer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.testing.Models;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YamlTextTest {

    @TempDir
    Path dir;

    /** Whatever the text, the quoted scalar reads back as exactly that text. */
    @ParameterizedTest
    @ValueSource(strings = {
            "He said \"hi\": yes # no",
            "- a leading dash",
            "-- two, and --- three",
            "? a question key",
            ": a colon first",
            "{{contact dpo}} and {{table purposes}}",
            "{a: b}, [a, b]",
            "back\\slash \\\" \\n",
            "'single' quotes",
            "tab\there, line\nbreak, return\r",
            "\u2028 line separator \u2029 paragraph separator",
            "\uFEFF byte-order mark \uFFFE \uFFFF",
            "emoji 😀 and ✓ and ×",
            "& * ! | > % @ ` ~",
            "null", "~", "yes", "no", "2024-03-01", "0x1F", "1e3", ".inf",
            "  spaces around  ",
            "...",
            "---",
            "# a comment?",
            "a #hash and a trailing colon:",
            "KITS Logo@4x.png"})
    void aQuotedScalarReadsBackAsTheText(String text) {
        String yaml = Models.MINIMAL.replace("title: Privacy Policy", "title: " + YamlText.quoted(text));

        assertThat(Models.load(dir, yaml).policy().title()).isEqualTo(text);
    }

    /** Control characters are written as escapes too, which the loader refuses: the importer drops them before. */
    @Test
    void aControlCharacterIsWrittenAsAnEscapeThatTheLoaderRefuses() {
        String text = "\u0000 nul \u0007 bell \u001b escape \u007f delete \u0085 next-line";
        String yaml = Models.MINIMAL.replace("title: Privacy Policy", "title: " + YamlText.quoted(text));

        assertThat(YamlText.quoted(text)).isEqualTo("\"\\x00 nul \\x07 bell \\x1B escape \\x7F delete \\N next-line\"");
        assertThat(Models.problems(dir, yaml)).containsExactly(
                "policy.yaml:3:11: the text holds the control character U+0000 (written as an escape); remove it");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uD800 lone high", "lone low \uDC00"})
    void aLoneSurrogateBecomesTheReplacementCharacter(String text) {
        String yaml = Models.MINIMAL.replace("title: Privacy Policy", "title: " + YamlText.quoted(text));

        assertThat(Models.load(dir, yaml).policy().title()).isEqualTo(text.replaceAll("[\uD800-\uDFFF]", "\uFFFD"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"multi\nline\r\ncomment", "a\u2028b", "bell\u0007"})
    void aCommentStaysOnOneLine(String text) {
        String yaml = Models.MINIMAL.replace("title: Privacy Policy", "title: x # " + YamlText.comment(text));

        assertThat(Models.load(dir, yaml).policy().title()).isEqualTo("x");
    }
}
