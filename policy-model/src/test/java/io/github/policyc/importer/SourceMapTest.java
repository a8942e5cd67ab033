package io.github.policyc.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policyc.model.Location;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SourceMapTest {

    static ImportResult result;
    static List<String> original;

    @BeforeAll
    static void importSeed() throws Exception {
        result = PolicyImporter.create().importText("seed.txt", Files.readString(SeedImportTest.SEED), SourceFormat.TEXT);
        original = Files.readString(SeedImportTest.SEED).lines().toList();
    }

    /** The round trip for every character copied: what stands at the generated place stands at the original one. */
    @Test
    void everyCopiedRunIsTheOriginalText() {
        int checked = 0;
        for (Map.Entry<String, List<SourceMap.Line>> file : result.sourceMap().files().entrySet()) {
            List<String> generated = result.files().get(file.getKey()).lines().toList();
            for (SourceMap.Line line : file.getValue()) {
                String text = generated.get(line.line() - 1);
                assertThat(SourceMap.hash(text)).isEqualTo(line.hash());
                for (SourceMap.Segment s : line.segments()) {
                    if (s.length() > 0) {
                        String copied = text.substring(s.column() - 1, s.column() - 1 + s.length());
                        String source = original.get(s.originalLine() - 1);
                        assertThat(source.substring(s.originalColumn() - 1, s.originalColumn() - 1 + s.length()))
                                .as("%s:%d:%d", file.getKey(), line.line(), s.column()).isEqualTo(copied);
                        checked += s.length();
                    }
                }
            }
        }
        assertThat(checked).as("characters checked").isGreaterThan(9_000);
    }

    @Test
    void aPositionInASectionMapsToTheOriginalLineAndColumn() {
        String file = "sections/how-do-you-use-my-personal-data.md";
        List<String> lines = result.sections().get(file).lines().toList();
        int line = lines.indexOf("### Events") + 1;
        // The heading's text, after the generated "### ", is line 43 of the original.
        assertThat(locate(file, line, 5, lines)).contains(new Location("seed.txt", 43, 1));
        assertThat(locate(file, line, 1, lines)).contains(new Location("seed.txt", 43, 1));

        int events = indexOfLineContaining(lines, "photographer");
        int column = lines.get(events).indexOf("photographer") + 1;
        assertThat(locate(file, events + 1, column, lines))
                .contains(new Location("seed.txt", 46, original.get(45).indexOf("photographer") + 1));
    }

    @Test
    void aDirectiveMapsToTheAddressItStandsFor() {
        String file = "sections/phone-and-email-communications-from-north-west-it.md";
        List<String> lines = result.sections().get(file).lines().toList();
        int line = indexOfLineContaining(lines, "{{contact it-security}}");
        int column = lines.get(line).indexOf("{{contact it-security}}") + 1;
        int after = column + "{{contact it-security}}".length();

        int address = original.get(86).indexOf("IT-security@northwest-it.co.uk") + 1;

        assertThat(locate(file, line + 1, column + 10, lines)).contains(new Location("seed.txt", 87, address));
        // The text after the directive is where it was, after the address.
        assertThat(locate(file, line + 1, after + 1, lines))
                .contains(new Location("seed.txt", 87, address + "IT-security@northwest-it.co.uk".length() + 1));
    }

    @Test
    void aLineEditedSinceTheImportIsNotMapped() {
        String file = "sections/introduction.md";
        String first = result.sections().get(file).lines().findFirst().orElseThrow();

        assertThat(result.sourceMap().locate(file, 1, 1, first)).contains(new Location("seed.txt", 8, 1));
        assertThat(result.sourceMap().locate(file, 1, 1, first + " Edited.")).isEmpty();
        assertThat(result.sourceMap().locate(file, 999, 1, first)).isEmpty();
        assertThat(result.sourceMap().locate("sections/unknown.md", 1, 1, first)).isEmpty();
    }

    @Test
    void theJsonFormReadsBackAsTheSameMap() {
        String json = result.sourceMap().toJson();
        SourceMap read = SourceMap.parse(json);

        assertThat(read).isEqualTo(result.sourceMap());
        assertThat(read.toJson()).isEqualTo(json);
        assertThat(json).startsWith("{\n  \"formatVersion\": \"1.0\",\n  \"original\": \"seed.txt\",\n  \"files\": {\n"
                + "    \"policy.yaml\": {\n      \"1\": [");
    }

    @Test
    void hostileFileNamesSurviveTheJsonForm() {
        SourceMap map = new SourceMap("dir/\"quoted\" \\ name\n.txt", Map.of("policy.yaml",
                List.of(new SourceMap.Line(3, "00000000", List.of(new SourceMap.Segment(1, 2, 3, 0))))));

        assertThat(SourceMap.parse(map.toJson())).isEqualTo(map);
    }

    @Test
    void refusesWhatIsNotASourceMap() {
        assertThatThrownBy(() -> SourceMap.parse("[]")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a JSON object");
        assertThatThrownBy(() -> SourceMap.parse("{\"formatVersion\": \"9\", \"original\": \"x\", \"files\": {}}"))
                .hasMessageContaining("formatVersion \"1.0\"");
        assertThatThrownBy(() -> SourceMap.parse("{\"formatVersion\": \"1.0\", \"original\": \"x\", \"files\": "
                + "{\"a.md\": {\"1\": [\"00\", [1, 2]]}}}")).hasMessageContaining("four numbers");
        assertThatThrownBy(() -> SourceMap.parse("{\"formatVersion\": \"1.0\", \"original\": \"x\", \"files\": "
                + "{\"a.md\": {\"1\": [\"00\", [0, 2, 3, 4]]}}}")).hasMessageContaining("1-based");
        assertThatThrownBy(() -> SourceMap.parse("{\"formatVersion\": ")).hasMessageContaining("not valid JSON");
    }

    private static Optional<Location> locate(String file, int line, int column, List<String> lines) {
        return result.sourceMap().locate(file, line, column, lines.get(line - 1));
    }

    private static int indexOfLineContaining(List<String> lines, String needle) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i;
            }
        }
        throw new AssertionError(needle + " not found");
    }
}
