package io.github.policyc.load.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.load.LoadLimits;
import io.github.policyc.load.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YamlReaderTest {

    private final Problems problems = new Problems();

    private Node read(String yaml) {
        return new YamlReader(LoadLimits.DEFAULT, problems).read("p.yaml", yaml);
    }

    private List<String> messages() {
        return problems.sorted().stream().map(Problem::toString).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\\x1a | 001A", "\\x1A | 001A", "\\u0007 | 0007", "\\U0000001b | 001B", "\\0 | 0000", "\\a | 0007",
        "\\b | 0008", "\\e | 001B", "\\v | 000B", "\\f | 000C", "\\x7f | 007F", "\\x80 | 0080", "\\u009F | 009F",
        "\\N | 0085"})
    void reportsAControlCharacterWrittenAsAnEscapeAtTheEscape(String escape, String codePoint) {
        Node root = read("a: 1\ntitle: \"ab" + escape + "c\"\n");

        assertThat(root).isNull();
        assertThat(messages()).containsExactly("p.yaml:2:11: the text holds the control character U+" + codePoint
                + " (written as an escape); remove it");
    }

    @Test
    void keepsTabLineEndAndOtherEscapesAndRawTabs() {
        Node root = read("a: \"x\\ty\\nz\\r\\x20\\u00e9\\\\x1a\\\"\\x09\"\nb: 'p\tq'\nc: r\ts\n");

        assertThat(messages()).isEmpty();
        MappingNode mapping = (MappingNode) root;
        assertThat(((ScalarNode) mapping.get("a").value()).text()).isEqualTo("x\ty\nz\r é\\x1a\"\t");
        assertThat(((ScalarNode) mapping.get("b").value()).text()).isEqualTo("p\tq");
        assertThat(((ScalarNode) mapping.get("c").value()).text()).isEqualTo("r\ts");
    }

    @Test
    void reportsTheFirstControlEscapeOfEachValueKeysIncludedWhereverItsLineIs() {
        read("a: \"\\u00e9\\\\\\b\\a\"\n\"k\\x01\": 1\nb: \"one\n  two \\\n  three\\x02\"\nc: \"\uD83D\uDE00\\x03\"\n");

        assertThat(messages()).containsExactly(
                "p.yaml:1:13: the text holds the control character U+0008 (written as an escape); remove it",
                "p.yaml:2:3: the text holds the control character U+0001 (written as an escape); remove it",
                "p.yaml:5:8: the text holds the control character U+0002 (written as an escape); remove it",
                // The column counts code points, as for a raw control character: the emoji is one.
                "p.yaml:6:6: the text holds the control character U+0003 (written as an escape); remove it");
    }

    @Test
    void stillReportsARawControlCharacterAsNotAllowedInYaml() {
        read("a: \"x\u0007\"\n");

        assertThat(messages()).containsExactly("p.yaml:1:6: the character U+0007 is not allowed in YAML; remove it");
    }

    @Test
    void reportsARawNextLineThatSnakeYamlWouldReadAsALineBreak() {
        Node root = read("a: 'x'\nb: 'y\u0085z'\nc: \"\\x01\"\n");

        assertThat(root).isNull();
        assertThat(messages()).containsExactly("p.yaml:2:6: the character U+0085 is not allowed in YAML; remove it");
    }
}
